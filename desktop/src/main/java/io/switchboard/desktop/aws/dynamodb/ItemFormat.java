package io.switchboard.desktop.aws.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How the Tables page shows an item: one row per attribute (name, DynamoDB type, value; the TTL
 * attribute also as a date in the console's zone), the item as DynamoDB JSON, a one-line value for the
 * item list, and the words that name an item (its key). Pure: no JavaFX, no client.
 */
public final class ItemFormat {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** A cell of the item list shows at most this many characters; the item view shows all. */
    static final int CELL_LIMIT = 120;

    private ItemFormat() {
    }

    /** {@link #attributes(Map, TableShape, ZoneId)} of a listed item. */
    public static List<AttributeRow> attributes(ItemRow row, TableShape table, ZoneId zone) {
        return attributes(row.item(), table, zone);
    }

    /** {@link #dynamoJson(Map, TableShape)} of a listed item. */
    public static String dynamoJson(ItemRow row, TableShape table) {
        return dynamoJson(row.item(), table);
    }

    /** {@link #keyText(Map, TableShape)} of a listed item. */
    public static String keyText(ItemRow row, TableShape table) {
        return keyText(row.item(), table);
    }

    /** One attribute as the item view lists it. {@code value} is whole; {@code note} explains (TTL's date). */
    public record AttributeRow(String name, String type, String value, String note) {
    }

    /** The item's attributes, its key first (partition, sort), then the others by name. */
    public static List<AttributeRow> attributes(Map<String, AttributeValue> item, TableShape table, ZoneId zone) {
        List<AttributeRow> rows = new ArrayList<>();
        for (String name : order(item.keySet(), table)) {
            AttributeValue value = item.get(name);
            String note = "";
            if (name.equals(table.key().partition())) {
                note = "partition key";
            } else if (name.equals(table.key().sort())) {
                note = "sort key";
            } else if (name.equals(table.ttlAttribute())) {
                note = ttlNote(value, zone);
            }
            rows.add(new AttributeRow(name, typeOf(value), text(value), note));
        }
        return rows;
    }

    /**
     * "TTL: expires 2027-03-03 10:15:00 Europe/London": the TTL attribute's epoch seconds as a date in
     * the console's zone, or why it is not one (DynamoDB ignores a TTL attribute that is not a number).
     */
    public static String ttlNote(AttributeValue value, ZoneId zone) {
        if (value.n() == null) {
            return "TTL attribute, but not a number: DynamoDB never expires this item";
        }
        try {
            long seconds = new java.math.BigDecimal(value.n()).longValueExact();
            Instant at = Instant.ofEpochSecond(seconds);
            return "TTL: expires " + DATE_TIME.format(at.atZone(zone)) + " " + zone.getId();
        } catch (ArithmeticException | java.time.DateTimeException notSeconds) {
            return "TTL attribute, but not whole epoch seconds: DynamoDB never expires this item";
        }
    }

    /** Every attribute name of {@code items}, the table's key first (partition, sort), then by name: the list's columns. */
    public static List<String> columns(List<ItemRow> items, TableShape table) {
        Set<String> names = new LinkedHashSet<>();
        items.forEach(row -> names.addAll(row.item().keySet()));
        names.add(table.key().partition());
        if (table.key().hasSort()) {
            names.add(table.key().sort());
        }
        return order(names, table);
    }

    private static List<String> order(Set<String> names, TableShape table) {
        List<String> ordered = new ArrayList<>();
        ordered.add(table.key().partition());
        if (table.key().hasSort()) {
            ordered.add(table.key().sort());
        }
        ordered.retainAll(names);
        names.stream().filter(n -> !ordered.contains(n)).sorted(Comparator.naturalOrder()).forEach(ordered::add);
        return ordered;
    }

    /** The attribute's value on one line for the item list, cut at {@link #CELL_LIMIT} characters with an ellipsis. */
    public static String cell(AttributeValue value) {
        if (value == null) {
            return "";
        }
        String text = text(value).replace('\n', ' ');
        return text.length() <= CELL_LIMIT ? text : text.substring(0, CELL_LIMIT - 1) + "…";
    }

    /** The value as a person reads it: a string as is, a number as written, sets and lists in brackets, maps as JSON. */
    public static String text(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> value.n();
            case BOOL -> value.bool().toString();
            case NUL -> "null";
            case B -> Base64.getEncoder().encodeToString(value.b().asByteArray());
            case SS -> "[" + String.join(", ", value.ss()) + "]";
            case NS -> "[" + String.join(", ", value.ns()) + "]";
            case BS -> "[" + value.bs().stream().map(b -> Base64.getEncoder().encodeToString(b.asByteArray())).collect(Collectors.joining(", ")) + "]";
            case L, M -> json(dynamoJson(value));
            default -> String.valueOf(value);
        };
    }

    /** S, N, BOOL, NULL, B, SS, NS, BS, L or M: the type key of DynamoDB JSON. */
    public static String typeOf(AttributeValue value) {
        return switch (value.type()) {
            case NUL -> "NULL";
            case UNKNOWN_TO_SDK_VERSION -> "?";
            default -> value.type().name();
        };
    }

    /** The item in DynamoDB JSON ({@code {"contact_id": {"S": "…"}}}), pretty, attributes in the item view's order. */
    public static String dynamoJson(Map<String, AttributeValue> item, TableShape table) {
        ObjectNode node = NODES.objectNode();
        for (String name : order(item.keySet(), table)) {
            node.set(name, dynamoJson(item.get(name)));
        }
        return json(node);
    }

    /** "contact_id = 5b1c…" (and ", sort = …"): the key that names an item in messages and confirmations. */
    public static String keyText(Map<String, AttributeValue> item, TableShape table) {
        String text = table.key().partition() + " = " + text(item.get(table.key().partition()));
        if (table.key().hasSort() && item.containsKey(table.key().sort())) {
            text += ", " + table.key().sort() + " = " + text(item.get(table.key().sort()));
        }
        return text;
    }

    private static JsonNode dynamoJson(AttributeValue value) {
        ObjectNode typed = NODES.objectNode();
        switch (value.type()) {
            case S -> typed.put("S", value.s());
            case N -> typed.put("N", value.n());
            case BOOL -> typed.put("BOOL", value.bool());
            case NUL -> typed.put("NULL", true);
            case B -> typed.put("B", Base64.getEncoder().encodeToString(value.b().asByteArray()));
            case SS -> strings(typed.putArray("SS"), value.ss());
            case NS -> strings(typed.putArray("NS"), value.ns());
            case BS -> strings(typed.putArray("BS"), value.bs().stream().map(b -> Base64.getEncoder().encodeToString(b.asByteArray())).toList());
            case L -> {
                ArrayNode list = typed.putArray("L");
                value.l().forEach(v -> list.add(dynamoJson(v)));
            }
            case M -> {
                ObjectNode map = typed.putObject("M");
                value.m().forEach((k, v) -> map.set(k, dynamoJson(v)));
            }
            default -> typed.put("?", String.valueOf(value));
        }
        return typed;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
