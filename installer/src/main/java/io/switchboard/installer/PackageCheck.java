package io.switchboard.installer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Build step after jpackage: fails when the app image has no sandbox DynamoDB engine (the package must
 * run its sandbox with no download), then says where the packages are (.deb, .rpm, .tar.gz) and how big.
 * {@code PackageCheck JPACKAGE_DEST}
 */
public final class PackageCheck {
    private PackageCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path dest = Path.of(args[0]);
        Path image = dest.resolve("switchboard");
        List<Path> engine = engineJars(image);
        if (engine.isEmpty()) {
            throw new IllegalStateException("The app image " + image + " has no switchboard-dynamodb jar: its sandbox could not start");
        }
        System.out.printf(Locale.ROOT, "App image: %s (%.1f MB, sandbox engine %s)%n",
                image, size(image) / 1e6, engine.get(0).getFileName());
        try (Stream<Path> files = Files.list(dest)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String path = file.toAbsolutePath().toString();
                if (name.endsWith(".deb")) {
                    System.out.printf(Locale.ROOT, "Debian package: %s (%.1f MB)%n  install: sudo apt install %s%n",
                            path, Files.size(file) / 1e6, path);
                } else if (name.endsWith(".rpm")) {
                    System.out.printf(Locale.ROOT, "RPM package: %s (%.1f MB)%n  install: sudo dnf install %s%n",
                            path, Files.size(file) / 1e6, path);
                } else if (name.endsWith(".tar.gz")) {
                    System.out.printf(Locale.ROOT, "Portable app image: %s (%.1f MB)%n  run: tar -xzf %s && switchboard/bin/switchboard%n",
                            path, Files.size(file) / 1e6, path);
                }
            }
        }
    }

    /** The engine's jar(s) in {@code image}: the sandbox's DynamoDB. */
    static List<Path> engineJars(Path image) throws IOException {
        try (Stream<Path> files = Files.walk(image)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().startsWith("switchboard-dynamodb"))
                    .toList();
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
