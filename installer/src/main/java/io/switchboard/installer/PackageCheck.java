package io.switchboard.installer;

import io.switchboard.stack.sandbox.dynamodb.DownloadManifest;
import io.switchboard.stack.sandbox.dynamodb.MavenArtifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Build step after jpackage: fails when any file of the download manifest (DynamoDB Local, its
 * natives, the jars only it needs) is inside the app image, then says where the packages are (.deb,
 * .rpm, .tar.gz) and how big. {@code PackageCheck JPACKAGE_DEST MANIFEST}
 */
public final class PackageCheck {
    private PackageCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path dest = Path.of(args[0]);
        DownloadManifest manifest = DownloadManifest.parse(Files.readString(Path.of(args[1])));
        Path image = dest.resolve("switchboard");
        List<Path> leaked = leaked(image, manifest);
        if (!leaked.isEmpty()) {
            throw new IllegalStateException("DynamoDB Local must not be packaged (its licence forbids redistribution), but the image holds "
                    + leaked);
        }
        System.out.printf(Locale.ROOT, "App image: %s (%.1f MB; no DynamoDB Local: %d files checked)%n",
                image, size(image) / 1e6, manifest.artifacts().size());
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

    /** Files in {@code image} that are in the manifest, or look like DynamoDB Local or sqlite4java. */
    static List<Path> leaked(Path image, DownloadManifest manifest) throws IOException {
        Set<String> names = manifest.artifacts().stream().map(MavenArtifact::fileName).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(image)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String name = f.getFileName().toString();
                        return names.contains(name) || name.startsWith("DynamoDBLocal") || name.contains("sqlite4java");
                    })
                    .toList();
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
