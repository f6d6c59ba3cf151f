package io.switchboard.desktop.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads JSON events and Lambda responses into maps. */
public final class ResponseMaps {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseMaps() {
    }

    /** A flat response as Connect would read it: every value as text. */
    public static Map<String, String> parse(String payload) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            JsonNode node = JSON.readTree(payload);
            node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The response is not JSON: " + e.getOriginalMessage(), e);
        }
        return out;
    }

    public static Map<String, Object> parseObject(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON object: " + e.getOriginalMessage(), e);
        }
    }
}
