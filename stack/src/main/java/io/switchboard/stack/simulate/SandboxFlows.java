package io.switchboard.stack.simulate;

import io.switchboard.flows.FlowDocument;
import java.util.Map;

/** The shipped flows with their ARN placeholders filled from a deployment's outputs (sandbox or AWS). */
public final class SandboxFlows {
    private SandboxFlows() {
    }

    public static FlowDocument load(String name, Map<String, String> outputs) {
        return FlowDocument.fromClasspath(name, Map.of(
                "VanityFunctionArn", outputs.getOrDefault("VanityFunctionAliasArn", ""),
                "AsyncWrapperFunctionArn", outputs.getOrDefault("AsyncWrapperFunctionAliasArn", ""),
                "SlowLookupFunctionArn", outputs.getOrDefault("SlowLookupFunctionAliasArn", "")));
    }
}
