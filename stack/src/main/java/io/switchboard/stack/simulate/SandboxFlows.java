package io.switchboard.stack.simulate;

import io.switchboard.flows.FlowDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped flows with their ARN placeholders filled from a deployment's outputs (sandbox or AWS):
 * {@code ${XFunctionArn}} takes the output {@code XFunctionArn}, else {@code XFunctionAliasArn} (the
 * {@code live} alias the stack's flows call).
 */
public final class SandboxFlows {
    /** The flows this project ships, in the order they are offered. */
    public static final List<String> SHIPPED = List.of("vanity", "async-demo", "async-native");

    private SandboxFlows() {
    }

    /** The shipped flows present on the class path. */
    public static List<String> shipped() {
        return SHIPPED.stream().filter(SandboxFlows::isShipped).toList();
    }

    public static boolean isShipped(String name) {
        return SandboxFlows.class.getResource("/flows/" + name + ".json") != null;
    }

    public static FlowDocument load(String name, Map<String, String> outputs) {
        return withOutputs(FlowDocument.fromClasspath(name), outputs);
    }

    /** {@code flow} with each {@code ${Name}} placeholder the outputs can answer filled in. */
    public static FlowDocument withOutputs(FlowDocument flow, Map<String, String> outputs) {
        return flow.withPlaceholders(placeholders(outputs));
    }

    /**
     * The values of {@code ${...}} placeholders for a deployment: every output by its name, and each
     * {@code XAliasArn} output also as {@code XArn} (the shipped flows call the {@code live} aliases). Also
     * used for test documents that name the flows' functions ({@code ${VanityFunctionArn}}).
     */
    public static Map<String, String> placeholders(Map<String, String> outputs) {
        Map<String, String> values = new LinkedHashMap<>(outputs);
        outputs.forEach((name, value) -> {
            if (name.endsWith("AliasArn")) {
                values.put(name.substring(0, name.length() - "AliasArn".length()) + "Arn", value);
            }
        });
        return values;
    }
}
