package io.switchboard.desktop.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real, deployed Amazon Connect flows in {@code ../shared/connect-flows} (the build passes the
 * folder as {@code switchboard.shared}, as for the flows module's RealFlows). Under {@code CI=true}
 * a missing folder fails the test; elsewhere the test is skipped and says why.
 */
public final class SharedFlows {
    private SharedFlows() {
    }

    public static Path folder() {
        String configured = System.getProperty("switchboard.shared");
        for (Path candidate : new Path[] {
                configured == null ? null : Path.of(configured), Path.of("..", "shared"), Path.of("..", "..", "shared")}) {
            if (candidate != null && Files.isDirectory(candidate.resolve("connect-flows"))) {
                return candidate.resolve("connect-flows").toAbsolutePath().normalize();
            }
        }
        String problem = "../shared/connect-flows not found (switchboard.shared=" + configured + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(problem + ": CI must provide the shared material");
        }
        Assumptions.abort(problem + ": real-flow tests skipped");
        throw new IllegalStateException(problem);
    }

    public static Path file(String name) {
        return folder().resolve(name);
    }
}
