package io.switchboard.desktop.connection;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * A small settings file in the data folder (preferences, recent flows). Reading and writing are best
 * effort: a missing or unreadable file means defaults, and a failed write is not worth interrupting the
 * user for.
 */
public final class PropertiesFile {
    private PropertiesFile() {
    }

    /** The file's properties; empty when there is no file or it cannot be read. */
    public static Optional<Properties> read(Path file) {
        if (file == null || !Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
            return Optional.of(properties);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** Writes {@code properties} under {@code comment}, creating the folder; does nothing when {@code file} is null. */
    public static void write(Path file, Properties properties, String comment) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                properties.store(out, comment);
            }
        } catch (IOException e) {
            // best effort, as the class says
        }
    }
}
