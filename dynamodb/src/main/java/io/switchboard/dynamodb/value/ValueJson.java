package io.switchboard.dynamodb.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.dynamodb.DynamoDbException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DynamoDB's JSON for attribute values ({"S":"x"}, {"N":"1"}, {"M":{...}}) to and from {@link Value}. */
public final class ValueJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueJson() {
    }

    public static Map<String, Value> item(JsonNode node) {
        Map<String, Value> item = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return item;
        }
        if (!node.isObject()) {
            throw DynamoDbException.serialization("Start of structure or map found where not expected");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            item.put(field.getKey(), value(field.getValue()));
        }
        return item;
    }

    public static Value value(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw DynamoDbException.serialization("Unexpected value type in payload");
        }
        int set = 0;
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            if (!fields.next().getValue().isNull()) {
                set++;
            }
        }
        if (set == 0) {
            throw DynamoDbException.validation(
                    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        if (set > 1) {
            throw DynamoDbException.validation(
                    "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
        }
        String type = node.fieldNames().next();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!node.get(name).isNull()) {
                type = name;
            }
        }
        JsonNode content = node.get(type);
        return switch (type) {
            case "S" -> new Value.S(text(content));
            case "N" -> new Value.N(Numbers.parse(text(content)));
            case "B" -> new Value.B(bytes(content));
            case "BOOL" -> new Value.Bool(content.asBoolean());
            case "NULL" -> {
                if (!content.asBoolean()) {
                    throw DynamoDbException.invalidParameter("Null attribute value types must have the true value");
                }
                yield new Value.Null();
            }
            case "SS" -> {
                List<String> values = new ArrayList<>();
                content.forEach(element -> values.add(text(element)));
                if (values.isEmpty()) {
                    throw DynamoDbException.invalidParameter("An string set  may not be empty");
                }
                yield new Value.SS(distinct(values, values.toString()));
            }
            case "NS" -> {
                List<BigDecimal> values = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                content.forEach(element -> {
                    texts.add(text(element));
                    values.add(Numbers.parse(text(element)));
                });
                if (values.isEmpty()) {
                    throw DynamoDbException.invalidParameter("An number set  may not be empty");
                }
                yield new Value.NS(distinct(values, texts.toString()));
            }
            case "BS" -> {
                List<Bytes> values = new ArrayList<>();
                content.forEach(element -> values.add(bytes(element)));
                if (values.isEmpty()) {
                    throw DynamoDbException.invalidParameter("Binary sets should not be empty");
                }
                yield new Value.BS(distinct(values, values.toString()));
            }
            case "L" -> {
                List<Value> values = new ArrayList<>();
                content.forEach(element -> values.add(value(element)));
                yield new Value.L(values);
            }
            case "M" -> new Value.M(item(content));
            default -> throw DynamoDbException.serialization("Unknown data type " + type);
        };
    }

    private static <T> Set<T> distinct(List<T> values, String shown) {
        Set<T> set = new LinkedHashSet<>(values);
        if (set.size() != values.size()) {
            throw DynamoDbException.invalidParameter("Input collection " + shown + " contains duplicates.");
        }
        return set;
    }

    private static String text(JsonNode node) {
        if (!node.isTextual()) {
            if (node.isNumber()) {
                return node.asText();
            }
            throw DynamoDbException.serialization("Unexpected value type in payload");
        }
        return node.textValue();
    }

    private static Bytes bytes(JsonNode node) {
        try {
            return Bytes.fromBase64(text(node));
        } catch (IllegalArgumentException e) {
            throw DynamoDbException.serialization("Base64 encoded length is expected a multiple of 4 bytes but found: "
                    + text(node).length());
        }
    }

    public static ObjectNode itemJson(Map<String, Value> item) {
        ObjectNode node = NODES.objectNode();
        item.forEach((name, value) -> node.set(name, json(value)));
        return node;
    }

    public static ObjectNode json(Value value) {
        ObjectNode node = NODES.objectNode();
        if (value instanceof Value.S s) {
            node.put("S", s.value());
        } else if (value instanceof Value.N n) {
            node.put("N", n.text());
        } else if (value instanceof Value.B b) {
            node.put("B", b.value().base64());
        } else if (value instanceof Value.Bool b) {
            node.put("BOOL", b.value());
        } else if (value instanceof Value.Null) {
            node.put("NULL", true);
        } else if (value instanceof Value.SS ss) {
            ArrayNode array = node.putArray("SS");
            ss.values().forEach(array::add);
        } else if (value instanceof Value.NS ns) {
            ArrayNode array = node.putArray("NS");
            ns.values().forEach(number -> array.add(Numbers.text(number)));
        } else if (value instanceof Value.BS bs) {
            ArrayNode array = node.putArray("BS");
            bs.values().forEach(bytes -> array.add(bytes.base64()));
        } else if (value instanceof Value.L l) {
            ArrayNode array = node.putArray("L");
            l.values().forEach(element -> array.add(json(element)));
        } else if (value instanceof Value.M m) {
            node.set("M", itemJson(m.values()));
        }
        return node;
    }
}
