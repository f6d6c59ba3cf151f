package io.switchboard.flows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Optional;

/** One entry of a flow's {@code Actions}. {@code parameters} is never null (an empty object when absent). */
public record FlowAction(String identifier, String type, JsonNode parameters, Transitions transitions) {

    static FlowAction from(JsonNode node) {
        JsonNode parameters = node.path("Parameters");
        return new FlowAction(
                node.path("Identifier").asText(""),
                node.path("Type").asText(""),
                parameters.isObject() ? parameters : JsonNodeFactory.instance.objectNode(),
                Transitions.from(node.path("Transitions")));
    }

    /** A parameter's text when it is a JSON string or number. */
    public Optional<String> textParameter(String name) {
        JsonNode value = parameters.get(name);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    public boolean hasParameter(String name) {
        return parameters.has(name) && !parameters.get(name).isNull();
    }
}
