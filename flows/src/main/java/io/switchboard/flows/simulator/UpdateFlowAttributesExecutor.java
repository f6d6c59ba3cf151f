package io.switchboard.flows.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.FlowAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Sets flow attributes ({@code $.FlowAttributes.x}); values are {@code {"Value": ...}} objects or plain strings. */
final class UpdateFlowAttributesExecutor implements ActionExecutor {

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        ReferenceResolver references = state.references(action.identifier());
        List<String> changes = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = action.parameters().path("FlowAttributes").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode node = field.getValue();
            String raw = node.isObject() ? node.path("Value").asText("") : node.asText();
            String value = references.value(raw);
            state.flowAttributes.put(field.getKey(), value);
            changes.add(field.getKey() + "=" + UpdateContactAttributesExecutor.abbreviate(value));
        }
        state.record(action.identifier(), action.type(), StepKind.SETTING,
                "flow attributes " + String.join(", ", changes), Duration.ZERO);
        return ActionOutcome.next();
    }
}
