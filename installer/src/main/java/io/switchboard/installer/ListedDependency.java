package io.switchboard.installer;

import java.nio.file.Path;
import java.util.Set;

/**
 * One line of {@code mvn dependency:list -DoutputAbsoluteArtifactFilename=true}:
 * {@code groupId:artifactId:type[:classifier]:version:scope:/path/to/file [-- module name]}.
 */
record ListedDependency(String groupId, String artifactId, String type, String classifier, String version, String scope, Path file) {
    private static final Set<String> SCOPES = Set.of("compile", "provided", "runtime", "test", "system", "import");

    /** Empty for the list's header and blank lines. */
    static java.util.Optional<ListedDependency> parse(String line) {
        String text = line.strip();
        int module = text.indexOf(" -- ");
        if (module >= 0) {
            text = text.substring(0, module).strip();
        }
        String[] f = text.split(":", -1);
        if (f.length < 6) {
            return java.util.Optional.empty();
        }
        int scopeAt = SCOPES.contains(f[4]) ? 4 : f.length > 6 && SCOPES.contains(f[5]) ? 5 : -1;
        if (scopeAt < 0) {
            return java.util.Optional.empty();
        }
        String classifier = scopeAt == 5 ? f[3] : "";
        String path = String.join(":", java.util.Arrays.copyOfRange(f, scopeAt + 1, f.length));
        return java.util.Optional.of(new ListedDependency(f[0], f[1], f[2], classifier, f[scopeAt - 1], f[scopeAt], Path.of(path)));
    }

    /** What Maven marked {@code provided} in the installer: needed by nothing but DynamoDB Local. */
    boolean onlyDynamoDbLocalNeedsIt() {
        return scope.equals("provided");
    }

    boolean shipped() {
        return scope.equals("compile") || scope.equals("runtime");
    }

    String coordinates() {
        return groupId + ":" + artifactId;
    }
}
