package io.switchboard.flows.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.FlowAction;
import io.switchboard.flows.References;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Sets contact attributes from literals or references; a reference that is not set leaves the attribute alone. */
final class UpdateContactAttributesExecutor implements ActionExecutor {

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        ReferenceResolver references = state.references(action.identifier());
        List<String> changes = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = action.parameters().path("Attributes").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String raw = field.getValue().asText();
            if (References.isReference(raw)) {
                var resolved = references.resolve(raw.trim());
                if (resolved.isEmpty()) {
                    state.warn(action.identifier(), raw.trim() + " is not set; attribute '" + field.getKey() + "' left unchanged");
                    continue;
                }
                raw = resolved.get();
            }
            state.attributes.put(field.getKey(), raw);
            changes.add(field.getKey() + "=" + abbreviate(raw));
        }
        state.record(action.identifier(), action.type(), StepKind.SETTING,
                "contact attributes " + String.join(", ", changes), Duration.ZERO);
        return ActionOutcome.next();
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }
}
