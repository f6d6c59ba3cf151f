package io.switchboard.installer;

import io.switchboard.stack.ContentHash;
import io.switchboard.stack.sandbox.dynamodb.DownloadManifest;
import io.switchboard.stack.sandbox.dynamodb.MavenArtifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Build step: from the installer's resolved dependencies, the manifest of what a packaged app must
 * download to run DynamoDB Local - the {@code provided} ones, which nothing but DynamoDB Local needs -
 * with each file's SHA-256 and size. Coordinates and hashes only: no DynamoDB Local code goes into
 * our artifacts. {@code DownloadManifestWriter resolved-dependencies.txt manifest-out}
 */
public final class DownloadManifestWriter {
    private DownloadManifestWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DownloadManifestWriter RESOLVED_DEPENDENCIES MANIFEST_OUT");
        }
        DownloadManifest manifest = manifestOf(Files.readAllLines(Path.of(args[0])));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, manifest.format());
        System.out.printf("DynamoDB Local download manifest: %d files, %.1f MB -> %s%n",
                manifest.artifacts().size(), manifest.totalBytes() / 1e6, out);
    }

    static DownloadManifest manifestOf(List<String> resolvedDependencyLines) throws IOException {
        List<ListedDependency> excluded = resolvedDependencyLines.stream()
                .map(ListedDependency::parse)
                .flatMap(Optional::stream)
                .filter(ListedDependency::onlyDynamoDbLocalNeedsIt)
                .toList();
        List<MavenArtifact> artifacts = new java.util.ArrayList<>();
        for (ListedDependency dependency : excluded) {
            artifacts.add(hashed(dependency));
        }
        DownloadManifest manifest = new DownloadManifest(artifacts);
        manifest.dynamoDbLocal(); // fails the build when DynamoDB Local itself is missing
        return manifest;
    }

    private static MavenArtifact hashed(ListedDependency dependency) throws IOException {
        Path file = dependency.file();
        MavenArtifact artifact = new MavenArtifact(dependency.groupId(), dependency.artifactId(), extensionOf(dependency),
                dependency.classifier(), dependency.version(), ContentHash.sha256Hex(file), Files.size(file));
        if (!artifact.fileName().equals(file.getFileName().toString())) {
            throw new IllegalStateException("expected " + artifact.fileName() + " for " + artifact.coordinates()
                    + " (Maven Central's name), resolved " + file);
        }
        return artifact;
    }

    /** The file's extension: a jar's type is its extension; native libraries are typed so, dll, dylib. */
    private static String extensionOf(ListedDependency dependency) {
        String name = dependency.file().getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

}
