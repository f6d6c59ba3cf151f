package io.switchboard.stack.simulate;

import io.switchboard.flows.FlowDocument;
import java.util.Map;

/** The shipped flows with their ARN placeholders filled from a deployment's outputs (sandbox or AWS). */
public final class SandboxFlows {
    private SandboxFlows() {
    }

    public static FlowDocument load(String name, Map<String, String> outputs) {
        return FlowDocument.fromClasspath(name, placeholders(outputs));
    }

    /**
     * The values of the shipped flows' {@code ${...}} placeholders for a deployment, also used for
     * test documents that name the flows' functions ({@code ${VanityFunctionArn}}).
     */
    public static Map<String, String> placeholders(Map<String, String> outputs) {
        return Map.of(
                "VanityFunctionArn", outputs.getOrDefault("VanityFunctionAliasArn", ""),
                "AsyncWrapperFunctionArn", outputs.getOrDefault("AsyncWrapperFunctionAliasArn", ""),
                "SlowLookupFunctionArn", outputs.getOrDefault("SlowLookupFunctionAliasArn", ""));
    }
}
