package io.switchboard.desktop.calls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where files the user keeps (exports) go first: their documents folder. On Linux that is the folder
 * XDG names ({@code XDG_DOCUMENTS_DIR}, in the environment or in {@code ~/.config/user-dirs.dirs}),
 * elsewhere {@code ~/Documents}; the home folder when there is none.
 */
public final class DocumentsFolder {
    private DocumentsFolder() {
    }

    public static Path of(Path home, Map<String, String> env) {
        Optional<Path> xdg = Optional.ofNullable(env.get("XDG_DOCUMENTS_DIR")).or(() -> userDirs(home))
                .filter(named -> !named.isBlank())
                .map(named -> Path.of(named.replace("$HOME", home.toString())));
        if (xdg.isPresent() && Files.isDirectory(xdg.get())) {
            return xdg.get();
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    private static Optional<String> userDirs(Path home) {
        Path file = home.resolve(".config/user-dirs.dirs");
        try {
            List<String> lines = Files.isReadable(file) ? Files.readAllLines(file) : List.of();
            return lines.stream().map(String::strip).filter(l -> l.startsWith("XDG_DOCUMENTS_DIR="))
                    .map(l -> l.substring("XDG_DOCUMENTS_DIR=".length()).replace("\"", "")).findFirst();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
