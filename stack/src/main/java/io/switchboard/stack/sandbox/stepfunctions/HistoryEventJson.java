package io.switchboard.stack.sandbox.stepfunctions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.stack.sandbox.asl.HistoryEvent;
import java.util.List;

/** A history event in GetExecutionHistory's wire form. */
final class HistoryEventJson {
    private static final List<String> DATA_FIELDS = List.of("input", "inputDetails", "output", "outputDetails");

    private HistoryEventJson() {
    }

    static ObjectNode toJson(HistoryEvent event, boolean includeExecutionData) {
        ObjectNode node = WireJson.object();
        WireJson.putTimestamp(node, "timestamp", event.timestamp());
        node.put("type", event.type());
        node.put("id", event.id());
        node.put("previousEventId", event.previousEventId());
        if (event.detailsField() != null) {
            ObjectNode details = event.details().deepCopy();
            if (!includeExecutionData) {
                details.remove(DATA_FIELDS);
            }
            node.set(event.detailsField(), details);
        }
        return node;
    }
}
