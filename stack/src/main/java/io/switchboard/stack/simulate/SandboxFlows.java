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
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : flow.placeholderNames()) {
            String value = outputs.get(name);
            if (value == null && name.endsWith("Arn")) {
                value = outputs.get(name.substring(0, name.length() - "Arn".length()) + "AliasArn");
            }
            if (value != null) {
                values.put(name, value);
            }
        }
        return flow.withPlaceholders(values);
    }
}
