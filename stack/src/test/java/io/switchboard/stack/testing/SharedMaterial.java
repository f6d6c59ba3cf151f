package io.switchboard.stack.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared material beside the clone ({@code ../shared}: real Connect flows, AWS's recorded
 * answers), found the way the flows module's tests find it: the {@code switchboard.shared} system
 * property the build sets, else {@code ../shared}. Under {@code CI=true} a missing folder fails the
 * test; elsewhere the test is skipped and says why.
 */
public final class SharedMaterial {
    private SharedMaterial() {
    }

    /** A file of {@code ../shared/connect-flows}, e.g. seed A's sample flow. */
    public static Path connectFlow(String name) {
        Path file = folder().resolve("connect-flows").resolve(name);
        if (!Files.isRegularFile(file)) {
            unavailable(file + " not found");
        }
        return file;
    }

    public static Path folder() {
        String configured = System.getProperty("switchboard.shared");
        for (Path candidate : new Path[] {
                configured == null ? null : Path.of(configured), Path.of("..", "shared"), Path.of("..", "..", "shared")}) {
            if (candidate != null && Files.isDirectory(candidate.resolve("connect-flows"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return unavailable("../shared/connect-flows not found (switchboard.shared=" + configured + ")");
    }

    private static Path unavailable(String problem) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(problem + ": CI must provide the shared material");
        }
        Assumptions.abort(problem + ": test skipped");
        throw new IllegalStateException(problem);
    }
}
