package io.switchboard.stack.sandbox.dynamodb;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One file in a Maven repository, with the SHA-256 and size recorded when Switchboard was built.
 *
 * @param extension the file's extension ({@code jar}, {@code so}, {@code dll}, {@code dylib})
 * @param classifier empty when the artifact has none
 */
public record MavenArtifact(String groupId, String artifactId, String extension, String classifier, String version,
                            String sha256, long size) {
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    public MavenArtifact {
        for (String part : new String[] {groupId, artifactId, extension, version}) {
            if (part == null || !NAME.matcher(part).matches()) {
                throw new IllegalArgumentException("not a Maven coordinate part: '" + part + "'");
            }
        }
        if (!classifier.isEmpty() && !NAME.matcher(classifier).matches()) {
            throw new IllegalArgumentException("not a Maven classifier: '" + classifier + "'");
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
        if (!HEX_SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: '" + sha256 + "'");
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative size for " + artifactId);
        }
    }

    /** {@code groupId:artifactId:extension[:classifier]:version}, as the manifest writes it. */
    public String coordinates() {
        return groupId + ":" + artifactId + ":" + extension + (classifier.isEmpty() ? "" : ":" + classifier) + ":" + version;
    }

    /** {@code artifactId-version[-classifier].extension}: the name in any Maven repository and on disk. */
    public String fileName() {
        return artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + "." + extension;
    }

    /** The path below a repository's root in Maven's layout, e.g. {@code com/amazonaws/DynamoDBLocal/2.6.1/DynamoDBLocal-2.6.1.jar}. */
    public String repositoryPath() {
        return groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + fileName();
    }

    public boolean isJar() {
        return extension.equals("jar");
    }

    /** One manifest line: coordinates, SHA-256, size in bytes. */
    public String toLine() {
        return coordinates() + " " + sha256 + " " + size;
    }

    public static MavenArtifact fromLine(String line) {
        String[] fields = line.strip().split("\\s+");
        if (fields.length != 3) {
            throw new IllegalArgumentException("expected 'coordinates sha256 size', got '" + line + "'");
        }
        String[] c = fields[0].split(":");
        if (c.length != 4 && c.length != 5) {
            throw new IllegalArgumentException("expected groupId:artifactId:extension[:classifier]:version, got '" + fields[0] + "'");
        }
        String classifier = c.length == 5 ? c[3] : "";
        return new MavenArtifact(c[0], c[1], c[2], classifier, c[c.length - 1], fields[1], Long.parseLong(fields[2]));
    }
}
