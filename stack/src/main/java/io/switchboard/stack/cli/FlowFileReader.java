package io.switchboard.stack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.FlowLoadException;
import java.nio.file.Path;

/** A flow file as users have them: Flow Language, or a DescribeContactFlow(Module) record holding it in Content. */
final class FlowFileReader {
    private FlowFileReader() {
    }

    static FlowDocument read(Path file) {
        FlowDocument document = FlowDocument.fromFile(file);
        JsonNode root = document.root();
        JsonNode record = root.has("ContactFlow") ? root.get("ContactFlow")
                : root.has("ContactFlowModule") ? root.get("ContactFlowModule") : root;
        if (record.path("Content").isTextual()) {
            return FlowDocument.fromString(record.path("Content").asText());
        }
        if (!root.has("Actions")) {
            throw new FlowLoadException(file + " is not a Flow Language document (no Actions)"
                    + (root.has("modules") ? ": it looks like a legacy console export; export the flow again from the"
                    + " flow designer, or use DescribeContactFlow's Content" : ""));
        }
        return document;
    }
}
