package io.switchboard.desktop.replay;

import io.switchboard.flows.FlowDocument;
import io.switchboard.stack.simulate.SandboxFlows;
import java.nio.file.Path;
import java.util.Map;

/**
 * What Play runs, as one string (what a saved test case keeps): a shipped flow's name
 * ({@code vanity}) or the path of a flow file.
 */
public final class FlowSource {
    private FlowSource() {
    }

    public static boolean isFile(String source) {
        return source != null && (source.contains("/") || source.contains("\\") || source.toLowerCase(java.util.Locale.ROOT).endsWith(".json"));
    }

    /** How the flow list shows it: the file's name and its folder, or the shipped flow's name. */
    public static String label(String source) {
        if (source == null) {
            return "";
        }
        if (!isFile(source)) {
            return source + "  (shipped)";
        }
        Path path = Path.of(source);
        Path folder = path.getParent();
        return path.getFileName() + (folder == null || folder.getFileName() == null ? "" : "  (" + folder.getFileName() + ")");
    }

    /** A flow file's whole name and folder on two lines, or empty for a shipped flow. */
    public static String where(String source) {
        if (!isFile(source)) {
            return "";
        }
        Path path = Path.of(source);
        return path.getFileName() + (path.getParent() == null ? "" : "\nin " + path.getParent());
    }

    /**
     * The flow with the stack's function ARNs in its {@code ${Name}} placeholders.
     *
     * @throws FlowFile.NotAFlowException when a file is not a flow
     */
    public static FlowDocument load(String source, Map<String, String> stackOutputs) {
        if (isFile(source)) {
            return FlowFile.read(Path.of(source)).withPlaceholders(placeholders(stackOutputs));
        }
        return SandboxFlows.load(source, stackOutputs);
    }

    /** The flows' {@code ${Name}} placeholders (the stack's function ARNs, by output name), as the stack's outputs fill them. */
    static Map<String, String> placeholders(Map<String, String> stackOutputs) {
        return SandboxFlows.placeholders(stackOutputs);
    }

    /** The stack's own Lambda functions: the only ones Play calls. */
    static java.util.Set<String> stackFunctions(Map<String, String> stackOutputs) {
        return stackOutputs.values().stream().filter(v -> v.startsWith("arn:") && v.contains(":lambda:") && v.contains(":function:"))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
