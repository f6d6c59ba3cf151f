package io.switchboard.dynamodb.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * DynamoDB's wire JSON (the request and response bodies of the JSON 1.0 protocol, binary as base64)
 * to and from the real SDK's model objects, through the SDK's own field descriptions
 * ({@link SdkPojo#sdkFields()}): test data written as wire JSON is sent by a real {@code DynamoDbClient}.
 * Timestamps come back as ISO-8601 text.
 */
final class SdkJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SdkJson() {
    }

    /** Fills a model builder (e.g. {@code PutItemRequest.builder()}) from wire JSON; unknown members fail. */
    static Object build(SdkPojo builder, JsonNode json) {
        Map<String, SdkField<?>> fields = new LinkedHashMap<>();
        builder.sdkFields().forEach(f -> fields.put(f.locationName(), f));
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            SdkField<?> field = fields.get(member.getKey());
            if (field == null) {
                throw new IllegalArgumentException("no member " + member.getKey() + " in " + builder.getClass().getName());
            }
            field.set(builder, value(field, member.getValue()));
        }
        return ((SdkBuilder<?, ?>) builder).build();
    }

    private static Object value(SdkField<?> field, JsonNode json) {
        if (json.isNull()) {
            return null;
        }
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return json.asText();
        } else if (type == MarshallingType.INTEGER) {
            return json.asInt();
        } else if (type == MarshallingType.LONG) {
            return json.asLong();
        } else if (type == MarshallingType.DOUBLE) {
            return json.asDouble();
        } else if (type == MarshallingType.BOOLEAN) {
            return json.asBoolean();
        } else if (type == MarshallingType.BIG_DECIMAL) {
            return new BigDecimal(json.asText());
        } else if (type == MarshallingType.INSTANT) {
            return Instant.parse(json.asText());
        } else if (type == MarshallingType.SDK_BYTES) {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(json.asText()));
        } else if (type == MarshallingType.SDK_POJO) {
            return build(field.constructor().get(), json);
        } else if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            List<Object> list = new ArrayList<>();
            json.forEach(element -> list.add(value(member, element)));
            return list;
        } else if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> map = new LinkedHashMap<>();
            json.fields().forEachRemaining(e -> map.put(e.getKey(), value(member, e.getValue())));
            return map;
        }
        throw new IllegalArgumentException("unsupported member type " + type + " of " + field.locationName());
    }

    /** The wire JSON of a model object (a response, an exception's item): absent members are left out. */
    static ObjectNode toJson(SdkPojo pojo) {
        ObjectNode json = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            JsonNode value = json(field, field.getValueOrDefault(pojo));
            if (value != null) {
                json.set(field.locationName(), value);
            }
        }
        return json;
    }

    private static JsonNode json(SdkField<?> field, Object value) {
        if (value == null || value instanceof SdkAutoConstructList<?> || value instanceof SdkAutoConstructMap<?, ?>) {
            return null;
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        } else if (value instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (value instanceof Long l) {
            return NODES.numberNode(l);
        } else if (value instanceof Double d) {
            return NODES.numberNode(d);
        } else if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (value instanceof Instant t) {
            return NODES.textNode(t.toString());
        } else if (value instanceof SdkBytes bytes) {
            return NODES.textNode(Base64.getEncoder().encodeToString(bytes.asByteArray()));
        } else if (value instanceof SdkPojo pojo) {
            return toJson(pojo);
        } else if (value instanceof List<?> list) {
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            ArrayNode array = NODES.arrayNode();
            list.forEach(element -> array.add(json(member, element)));
            return array;
        } else if (value instanceof Map<?, ?> map) {
            SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), json(member, v)));
            return object;
        }
        throw new IllegalArgumentException("unsupported value " + value.getClass().getName() + " of " + field.locationName());
    }
}
