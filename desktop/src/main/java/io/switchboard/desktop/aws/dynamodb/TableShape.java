package io.switchboard.desktop.aws.dynamodb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A table as DescribeTable and DescribeTimeToLive tell it: its key, its global secondary indexes, the
 * type of each key attribute, and the attribute DynamoDB reads as the item's expiry (TTL), if any.
 *
 * @param types        key attributes' types as declared: S, N or B
 * @param ttlAttribute the TTL attribute's name, or empty when TTL is off (or the endpoint does not say)
 */
public record TableShape(String name, KeySchema key, List<Index> indexes, Map<String, String> types, String ttlAttribute) {
    /** What Query can be asked on: the table's own key (name {@link #TABLE_KEY}) then each index, by name. */
    public static final String TABLE_KEY = "Table key";

    public TableShape {
        indexes = List.copyOf(indexes);
        types = Map.copyOf(types);
        ttlAttribute = ttlAttribute == null ? "" : ttlAttribute;
    }

    /** A key: its partition attribute, and its sort attribute or empty. */
    public record KeySchema(String partition, String sort) {
        public KeySchema {
            sort = sort == null ? "" : sort;
        }

        public boolean hasSort() {
            return !sort.isEmpty();
        }
    }

    /** A global secondary index and its key. */
    public record Index(String name, KeySchema key) {
    }

    /** {@link #TABLE_KEY} then each index's name: the choices of "Query on". */
    public List<String> queryTargets() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(TABLE_KEY), indexes.stream().map(Index::name)).toList();
    }

    /** The key of {@code target} ({@link #TABLE_KEY} or an index name). */
    public KeySchema keyOf(String target) {
        if (target == null || TABLE_KEY.equals(target)) {
            return key;
        }
        return indexes.stream().filter(i -> i.name().equals(target)).map(Index::key).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no index " + target));
    }

    /** The declared type of a key attribute (S when not declared). */
    public String typeOf(String attribute) {
        return types.getOrDefault(attribute, "S");
    }

    /** The item's primary key: what GetItem and DeleteItem take. */
    public Map<String, AttributeValue> primaryKey(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> primary = new LinkedHashMap<>();
        primary.put(key.partition(), item.get(key.partition()));
        if (key.hasSort()) {
            primary.put(key.sort(), item.get(key.sort()));
        }
        return primary;
    }

    public Optional<String> ttl() {
        return ttlAttribute.isEmpty() ? Optional.empty() : Optional.of(ttlAttribute);
    }
}
