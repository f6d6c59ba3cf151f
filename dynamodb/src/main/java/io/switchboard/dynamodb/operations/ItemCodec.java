package io.switchboard.dynamodb.operations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.dynamodb.value.Value;
import io.switchboard.dynamodb.value.ValueJson;
import java.util.Map;

/** Items as stored: DynamoDB's own JSON, so the store holds what the wire carried. */
final class ItemCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ItemCodec() {
    }

    static String write(Map<String, Value> item) {
        try {
            return JSON.writeValueAsString(ValueJson.itemJson(item));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Value> read(String json) {
        try {
            return ValueJson.item(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored item: " + json, e);
        }
    }
}
