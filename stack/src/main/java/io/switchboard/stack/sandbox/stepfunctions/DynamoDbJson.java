package io.switchboard.stack.sandbox.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.stack.sandbox.asl.AslJson;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB JSON ({@code {"S": "x"}}, {@code {"N": "1"}}, ...) as the Step Functions DynamoDB
 * integration takes and returns it. Like the real service, N takes a string, never a JSON number.
 */
final class DynamoDbJson {
    private DynamoDbJson() {
    }

    static Map<String, AttributeValue> toItem(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("'" + field + "' must be an object of DynamoDB attribute values");
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        node.properties().forEach(e -> item.put(e.getKey(), toValue(e.getValue(), field + "." + e.getKey())));
        return item;
    }

    static AttributeValue toValue(JsonNode node, String field) {
        if (node == null || !node.isObject() || node.size() != 1) {
            throw new IllegalArgumentException("'" + field + "' must be a DynamoDB attribute value with exactly one type key, got " + node);
        }
        Map.Entry<String, JsonNode> typed = node.properties().iterator().next();
        JsonNode value = typed.getValue();
        return switch (typed.getKey()) {
            case "S" -> AttributeValue.fromS(text(value, field, "S"));
            case "N" -> AttributeValue.fromN(text(value, field, "N"));
            case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(text(value, field, "B"))));
            case "BOOL" -> AttributeValue.fromBool(value.asBoolean());
            case "NULL" -> AttributeValue.fromNul(true);
            case "M" -> AttributeValue.fromM(toItem(value, field));
            case "L" -> AttributeValue.fromL(list(value, field));
            case "SS" -> AttributeValue.fromSs(strings(value, field, "SS"));
            case "NS" -> AttributeValue.fromNs(strings(value, field, "NS"));
            case "BS" -> AttributeValue.fromBs(strings(value, field, "BS").stream()
                    .map(b -> SdkBytes.fromByteArray(Base64.getDecoder().decode(b))).toList());
            default -> throw new IllegalArgumentException("'" + field + "' has unknown attribute type '" + typed.getKey() + "'");
        };
    }

    static ObjectNode fromItem(Map<String, AttributeValue> item) {
        ObjectNode node = AslJson.object();
        item.forEach((name, value) -> node.set(name, fromValue(value)));
        return node;
    }

    static ObjectNode fromValue(AttributeValue value) {
        ObjectNode node = AslJson.object();
        switch (value.type()) {
            case S -> node.put("S", value.s());
            case N -> node.put("N", value.n());
            case B -> node.put("B", Base64.getEncoder().encodeToString(value.b().asByteArray()));
            case BOOL -> node.put("BOOL", value.bool());
            case NUL -> node.put("NULL", true);
            case M -> node.set("M", fromItem(value.m()));
            case L -> {
                ArrayNode list = node.putArray("L");
                value.l().forEach(v -> list.add(fromValue(v)));
            }
            case SS -> value.ss().forEach(node.putArray("SS")::add);
            case NS -> value.ns().forEach(node.putArray("NS")::add);
            case BS -> {
                ArrayNode list = node.putArray("BS");
                value.bs().forEach(b -> list.add(Base64.getEncoder().encodeToString(b.asByteArray())));
            }
            default -> throw new IllegalArgumentException("unsupported attribute value " + value);
        }
        return node;
    }

    private static String text(JsonNode value, String field, String type) {
        if (!value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "." + type + "' must be a string, got " + value);
        }
        return value.asText();
    }

    private static List<AttributeValue> list(JsonNode value, String field) {
        if (!value.isArray()) {
            throw new IllegalArgumentException("'" + field + ".L' must be an array");
        }
        List<AttributeValue> values = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            values.add(toValue(value.get(i), field + "[" + i + "]"));
        }
        return values;
    }

    private static List<String> strings(JsonNode value, String field, String type) {
        if (!value.isArray()) {
            throw new IllegalArgumentException("'" + field + "." + type + "' must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        value.forEach(v -> values.add(text(v, field, type)));
        return values;
    }
}
