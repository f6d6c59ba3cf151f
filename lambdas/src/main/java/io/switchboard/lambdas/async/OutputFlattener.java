package io.switchboard.lambdas.async;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a wrapped function's JSON output into the flat string map Connect accepts: nested objects
 * become dotted keys ({@code account.type}), array elements indexed keys ({@code items.0}), null an
 * empty string, numbers and booleans their JSON text. Keys keep the output's order.
 * {@link #topLevel} keeps the nesting instead, for flows that validate the response as JSON.
 */
public final class OutputFlattener {
    /** Key used when the output is not a JSON object (a bare string, number, array or non-JSON text). */
    public static final String SCALAR_KEY = "output";

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutputFlattener() {
    }

    /** Flattens JSON text; text that is not JSON is kept whole under {@value #SCALAR_KEY}. */
    public static Map<String, String> flatten(String outputJson) {
        if (outputJson == null || outputJson.isBlank()) {
            return Map.of();
        }
        try {
            return flatten(JSON.readTree(outputJson));
        } catch (Exception notJson) {
            return Map.of(SCALAR_KEY, outputJson);
        }
    }

    /**
     * The output's top-level fields with their values as they are (objects stay objects); a non-object
     * output, or text that is not JSON, under {@value #SCALAR_KEY}.
     */
    public static Map<String, JsonNode> topLevel(String outputJson) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (outputJson == null || outputJson.isBlank()) {
            return fields;
        }
        JsonNode output;
        try {
            output = JSON.readTree(outputJson);
        } catch (Exception notJson) {
            output = null;
        }
        if (output == null || output.isMissingNode()) {
            fields.put(SCALAR_KEY, JSON.getNodeFactory().textNode(outputJson));
        } else if (output.isObject()) {
            output.fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
        } else {
            fields.put(SCALAR_KEY, output);
        }
        return fields;
    }

    public static Map<String, String> flatten(JsonNode output) {
        Map<String, String> flat = new LinkedHashMap<>();
        if (output == null || output.isMissingNode()) {
            return flat;
        }
        if (output.isObject()) {
            output.fields().forEachRemaining(field -> add(flat, field.getKey(), field.getValue()));
        } else {
            add(flat, SCALAR_KEY, output);
        }
        return flat;
    }

    private static void add(Map<String, String> flat, String key, JsonNode value) {
        if (value.isObject() && !value.isEmpty()) {
            value.fields().forEachRemaining(field -> add(flat, key + "." + field.getKey(), field.getValue()));
        } else if (value.isArray() && !value.isEmpty()) {
            Iterator<JsonNode> elements = value.elements();
            for (int i = 0; elements.hasNext(); i++) {
                add(flat, key + "." + i, elements.next());
            }
        } else if (value.isContainerNode() || value.isNull()) {
            // An empty object/array or null still tells the flow the key exists.
            flat.putIfAbsent(key, "");
        } else {
            flat.putIfAbsent(key, value.asText());
        }
    }
}
