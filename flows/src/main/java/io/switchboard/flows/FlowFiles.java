package io.switchboard.flows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a flow from a file in any of the forms people keep them in: a Flow Language document, a
 * {@code DescribeContactFlow} / {@code DescribeContactFlowModule} record (the flow text is its
 * {@code Content}), or a bare {@code {"Content": "..."}}. A legacy console export (the pre-2020
 * {@code modules}/{@code metadata} format) is refused with a one-line explanation. Every failure is a
 * {@link FlowFileException}.
 */
public final class FlowFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FlowFiles() {
    }

    /** The flow in {@code file}; {@link FlowFileException} with a one-line reason when there is none. */
    public static FlowDocument read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FlowFileException(file, "not readable: " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new FlowFileException(file, "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null || !root.isObject()) {
            throw new FlowFileException(file, "not a flow: a flow is a JSON object", null);
        }
        for (JsonNode record : new JsonNode[] {root.path("ContactFlow"), root.path("ContactFlowModule"), root}) {
            if (record.path("Content").isTextual()) {
                try {
                    return FlowDocument.fromString(record.path("Content").asText());
                } catch (FlowLoadException badContent) {
                    throw new FlowFileException(file, "a flow record whose Content is not a flow: " + badContent.getMessage(), badContent);
                }
            }
        }
        if (isTestCase(root)) {
            throw new FlowFileException(file, "an Amazon Connect test case (testing language), not a flow: run it with "
                    + "switchboard test " + file.getFileName() + " --flow FLOW", null);
        }
        if (!root.has("Actions") && (root.has("modules") || root.has("metadata"))) {
            throw new FlowFileException(file, "a legacy console export, not Flow Language: open it in the flow designer, "
                    + "publish it, and export it again (or save the Content of aws connect describe-contact-flow)", null);
        }
        return FlowDocument.fromString(text);
    }

    /** A testing-language document (its {@code Observations}), which sits beside flows in many folders. */
    static boolean isTestCase(JsonNode root) {
        return !root.has("Actions") && root.path("Observations").isArray();
    }

    /** Whether {@code file} is a testing-language document rather than a flow (false when unreadable). */
    public static boolean isTestCase(Path file) {
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            return root != null && isTestCase(root);
        } catch (IOException e) {
            return false;
        }
    }
}
