package io.switchboard.stack.sandbox;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to start the sandbox.
 *
 * @param dataDir    the sandbox folder: its tables are kept in {@code tables/} inside it, or {@code null} for in-memory (tests)
 * @param stackName  the stack name resources are named after ({@code switchboard-vanity}, …)
 * @param parameters template parameter overrides
 * @param delayScale factor for Step Functions Wait states and retry intervals (1 = real time)
 */
public record SandboxOptions(Path dataDir, String stackName, Map<String, String> parameters, double delayScale) {
    public static final String DEFAULT_STACK_NAME = "switchboard";

    public SandboxOptions {
        parameters = Map.copyOf(parameters);
    }

    public static SandboxOptions inMemory() {
        return new SandboxOptions(null, DEFAULT_STACK_NAME, Map.of(), 1.0);
    }

    public static SandboxOptions persistedIn(Path dataDir) {
        return new SandboxOptions(dataDir, DEFAULT_STACK_NAME, Map.of(), 1.0);
    }

    public SandboxOptions withParameters(Map<String, String> overrides) {
        return new SandboxOptions(dataDir, stackName, overrides, delayScale);
    }

    public SandboxOptions withDelayScale(double scale) {
        return new SandboxOptions(dataDir, stackName, parameters, scale);
    }
}
