package io.switchboard.flows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real, deployed Amazon Connect flows in {@code ../shared/connect-flows} (beside the clone; the
 * build passes the folder as {@code switchboard.shared}). Under {@code CI=true} a missing folder
 * fails the test; elsewhere the test is skipped and says why.
 */
public final class RealFlows {

    private RealFlows() {
    }

    /** The shared material folder ({@code ../shared}), or a skipped/failed test when it is absent. */
    public static Path sharedFolder() {
        String configured = System.getProperty("switchboard.shared");
        for (Path candidate : new Path[] {
                configured == null ? null : Path.of(configured),
                Path.of("..", "shared"), Path.of("..", "..", "shared")}) {
            if (candidate != null && Files.isDirectory(candidate.resolve("connect-flows"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        String problem = "../shared/connect-flows not found (switchboard.shared=" + configured + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(problem + ": CI must provide the shared material");
        }
        Assumptions.abort(problem + ": real-flow tests skipped");
        throw new IllegalStateException(problem);
    }

    /** Every {@code *.json} in {@code ../shared/connect-flows}, sorted by name. */
    public static List<Path> files() {
        try (Stream<Path> files = Files.list(sharedFolder().resolve("connect-flows"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path file(String name) {
        return sharedFolder().resolve("connect-flows").resolve(name);
    }
}
