package io.switchboard.flows.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.FlowAction;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * UpdateFlowAttributes sets {@code {"FlowAttributes": {"name": {"Type": "String", "Value": "..."}}}}:
 * each attribute an object with a Type and a Value (the shape a public project confirmed against
 * the live service, 2026). A bare string value is a mistake even though the simulator reads it.
 */
final class FlowAttributesRule extends ActionRule {

    FlowAttributesRule() {
        super("UpdateFlowAttributes");
    }

    @Override
    void check(FlowAction action, List<FlowProblem> problems) {
        String id = action.identifier();
        JsonNode attributes = action.parameters().get("FlowAttributes");
        if (attributes == null || !attributes.isObject() || attributes.isEmpty()) {
            problems.add(new FlowProblem(id, "UpdateFlowAttributes needs a non-empty FlowAttributes object"));
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = attributes.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (!value.isObject() || !value.path("Type").isTextual() || !value.path("Value").isValueNode()) {
                problems.add(new FlowProblem(id, "flow attribute '" + field.getKey()
                        + "' must be {\"Type\": \"String\", \"Value\": ...}"));
            }
        }
    }
}
