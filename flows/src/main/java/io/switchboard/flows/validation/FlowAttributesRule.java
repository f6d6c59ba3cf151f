package io.switchboard.flows.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * UpdateFlowAttributes values are FlowAttribute objects holding a {@code Value} (the console writes
 * {@code {"Value": ...}}, sometimes with {@code "Type": "String"}). A warning: the reference page's own
 * example of the shape is garbled.
 */
final class FlowAttributesRule extends ActionRule {

    FlowAttributesRule() {
        super("UpdateFlowAttributes");
    }

    @Override
    void check(FlowDocument flow, FlowAction action, List<FlowProblem> problems) {
        JsonNode attributes = action.parameters().get("FlowAttributes");
        if (attributes == null || !attributes.isObject()) {
            return; // ParameterRule reports it
        }
        Iterator<Map.Entry<String, JsonNode>> fields = attributes.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (!value.isObject() || !value.path("Value").isValueNode()) {
                problems.add(FlowProblem.warning(action.identifier(), "flow attribute '" + field.getKey()
                        + "' should be an object with a Value, e.g. {\"Value\": \"10\"}", page()));
            }
        }
    }
}
