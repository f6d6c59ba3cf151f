package io.switchboard.stack.sandbox.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item in DynamoDB's JSON form ({@code {"name": {"S": "…"}, "n": {"N": "1"}, "b": {"B": "<base64>"}}}),
 * as the wire protocol and DynamoDB Local's SQLite file write it, read into the SDK's attribute values.
 */
public final class ItemJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ItemJson() {
    }

    public static Map<String, AttributeValue> parse(String json) {
        try {
            return item(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("not an item in DynamoDB JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, AttributeValue> item(JsonNode object) {
        if (!object.isObject()) {
            throw new IllegalArgumentException("an item must be a JSON object, not " + object.getNodeType());
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            item.put(field.getKey(), value(field.getValue()));
        }
        return item;
    }

    static AttributeValue value(JsonNode typed) {
        if (!typed.isObject() || typed.size() != 1) {
            throw new IllegalArgumentException("an attribute value has exactly one type, e.g. {\"S\": \"text\"}: " + typed);
        }
        Map.Entry<String, JsonNode> only = typed.fields().next();
        JsonNode v = only.getValue();
        return switch (only.getKey()) {
            case "S" -> AttributeValue.fromS(v.asText());
            case "N" -> AttributeValue.fromN(v.asText());
            case "B" -> AttributeValue.fromB(bytes(v));
            case "BOOL" -> AttributeValue.fromBool(v.asBoolean());
            case "NULL" -> AttributeValue.fromNul(true);
            case "SS" -> AttributeValue.fromSs(texts(v));
            case "NS" -> AttributeValue.fromNs(texts(v));
            case "BS" -> AttributeValue.fromBs(texts(v).stream().map(ItemJson::bytes).toList());
            case "L" -> {
                List<AttributeValue> list = new ArrayList<>();
                v.forEach(element -> list.add(value(element)));
                yield AttributeValue.fromL(list);
            }
            case "M" -> AttributeValue.fromM(item(v));
            default -> throw new IllegalArgumentException("unknown attribute type " + only.getKey());
        };
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static SdkBytes bytes(JsonNode base64) {
        return bytes(base64.asText());
    }

    private static SdkBytes bytes(String base64) {
        return SdkBytes.fromByteArray(Base64.getDecoder().decode(base64));
    }
}
