package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the interpreter, and the conversions between JSON text and trees. */
public final class AslJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AslJson() {
    }

    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** The {@code {"Error": ..., "Cause": ...}} object that Catch hands to the next state. */
    public static ObjectNode errorOutput(StatesError error) {
        ObjectNode node = object();
        node.put("Error", error.error());
        node.put("Cause", error.cause());
        return node;
    }
}
