package io.switchboard.dynamodb.operations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.expression.Condition;
import io.switchboard.dynamodb.expression.ConditionEvaluator;
import io.switchboard.dynamodb.expression.DocumentPath;
import io.switchboard.dynamodb.expression.ExpressionParser;
import io.switchboard.dynamodb.expression.Operand;
import io.switchboard.dynamodb.expression.Placeholders;
import io.switchboard.dynamodb.expression.Projection;
import io.switchboard.dynamodb.table.IndexDefinition;
import io.switchboard.dynamodb.table.KeySchema;
import io.switchboard.dynamodb.value.ItemSize;
import io.switchboard.dynamodb.value.KeyCodec;
import io.switchboard.dynamodb.value.Value;
import io.switchboard.dynamodb.value.ValueJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * Query and Scan, on a table or a secondary index. Both read an ordered range of the store (a
 * Query one partition's range, so the newest 50 of a large partition cost 50 reads), stop at Limit
 * evaluated items or 1 MB, then filter and project.
 */
final class ReadOperations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long PAGE_BYTES = 1024 * 1024;

    private final Catalog catalog;
    private final Guard guard;

    ReadOperations(Catalog catalog, Guard guard) {
        this.catalog = catalog;
        this.guard = guard;
    }

    ObjectNode query(Call call) {
        RequestFields request = new RequestFields(call.request());
        request.refuseLegacy("KeyConditions", "QueryFilter", "AttributesToGet", "ConditionalOperator");
        Source source = source(request);
        Placeholders placeholders = request.placeholders();
        if (!request.has("KeyConditionExpression")) {
            throw DynamoDbException.validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        Condition keyExpression = ExpressionParser.condition(request.text("KeyConditionExpression"), "KeyConditionExpression", placeholders);
        KeyCondition key = KeyCondition.of(keyExpression, source.key(), source.table.definition().attributeTypes());
        Reading reading = reading(request, placeholders, source);
        if (reading.filter != null) {
            Set<String> keyAttributes = new LinkedHashSet<>(source.key().attributes());
            for (String name : topLevelNames(reading.filter)) {
                if (keyAttributes.contains(name)) {
                    throw DynamoDbException.validation("Filter Expression can only contain non-primary key attributes: Primary key attribute: " + name);
                }
            }
        }
        boolean forward = request.json().path("ScanIndexForward").asBoolean(true);
        return guard.read(() -> page(source, reading, key.low(), key.high(), forward, key, null));
    }

    ObjectNode scan(Call call) {
        RequestFields request = new RequestFields(call.request());
        request.refuseLegacy("ScanFilter", "AttributesToGet", "ConditionalOperator");
        Source source = source(request);
        Placeholders placeholders = request.placeholders();
        Reading reading = reading(request, placeholders, source);
        Segment segment = Segment.of(request);
        return guard.read(() -> page(source, reading, "", KeyCodec.AFTER_ALL, true, null, segment));
    }

    private ObjectNode page(Source source, Reading reading, String low, String high, boolean forward, KeyCondition key, Segment segment) {
        String start = reading.exclusiveStart == null ? null : source.position(reading.exclusiveStart);
        String from = forward ? low : high;
        if (start != null) {
            from = forward ? max(low, start) : min(high, start);
        }
        String to = forward ? high : low;
        MVMap<String, String> map = source.map();
        Cursor<String, String> cursor = map.cursor(from, to, !forward);
        List<Map<String, Value>> matched = new ArrayList<>();
        int scanned = 0;
        long bytes = 0;
        Map<String, Value> last = null;
        boolean more = false;
        while (cursor.hasNext()) {
            String position = cursor.next();
            if (position.equals(start)) {
                continue;
            }
            if (scanned == reading.limit || bytes >= PAGE_BYTES) {
                more = true;
                break;
            }
            Map<String, Value> item = source.index == null ? ItemCodec.read(cursor.getValue()) : source.table.getByStorageKey(cursor.getValue());
            if (item == null) {
                continue;
            }
            if (key != null && !key.sortMatches(item)) {
                continue;
            }
            if (segment != null && !segment.contains(source, item)) {
                continue;
            }
            scanned++;
            bytes += ItemSize.of(item);
            last = item;
            Map<String, Value> visible = source.visible(item);
            if (reading.filter == null || ConditionEvaluator.test(reading.filter, visible)) {
                matched.add(visible);
            }
        }
        if (!more && (scanned == reading.limit || bytes >= PAGE_BYTES) && cursor.hasNext()) {
            more = true;
        }
        // AWS answers a LastEvaluatedKey whenever Limit stopped the read, even when nothing is left.
        if (scanned == reading.limit && last != null) {
            more = true;
        }
        ObjectNode response = NODES.objectNode();
        if (!reading.select.equals("COUNT")) {
            ArrayNode items = response.putArray("Items");
            for (Map<String, Value> item : matched) {
                items.add(ValueJson.itemJson(reading.projection == null ? item : Projection.apply(reading.projection, item)));
            }
        }
        response.put("Count", matched.size());
        response.put("ScannedCount", scanned);
        if (more && last != null) {
            response.set("LastEvaluatedKey", ValueJson.itemJson(source.lastEvaluatedKey(last)));
        }
        ItemOperations.putCapacity(response, Capacity.consumed(reading.capacity, source.table.definition().name(),
                Capacity.readUnits(bytes, reading.consistent), false));
        return response;
    }

    private Source source(RequestFields request) {
        TableData table = catalog.table(request.tableName());
        String indexName = request.text("IndexName");
        IndexDefinition index = null;
        if (indexName != null) {
            index = table.definition().index(indexName).orElseThrow(() -> DynamoDbException.validation(
                    "The table does not have the specified index: " + indexName));
            if (!index.local() && request.json().path("ConsistentRead").asBoolean(false)) {
                throw DynamoDbException.validation("Consistent reads are not supported on global secondary indexes");
            }
        }
        return new Source(table, index);
    }

    private Reading reading(RequestFields request, Placeholders placeholders, Source source) {
        Condition filter = request.has("FilterExpression")
                ? ExpressionParser.condition(request.text("FilterExpression"), "FilterExpression", placeholders) : null;
        List<DocumentPath> projection = request.has("ProjectionExpression")
                ? ExpressionParser.projection(request.text("ProjectionExpression"), placeholders) : null;
        if (projection != null) {
            Projection.check(projection);
        }
        placeholders.checkAllUsed();
        String select = request.text("Select");
        if (select == null) {
            select = projection != null ? "SPECIFIC_ATTRIBUTES" : source.index != null ? "ALL_PROJECTED_ATTRIBUTES" : "ALL_ATTRIBUTES";
        }
        switch (select) {
            case "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "COUNT" -> {
                if (projection != null) {
                    throw DynamoDbException.validation("Cannot specify the ProjectionExpression when choosing to get " + select);
                }
            }
            case "SPECIFIC_ATTRIBUTES" -> {
                if (projection == null) {
                    throw DynamoDbException.invalidParameter("Select type SPECIFIC_ATTRIBUTES requires either AttributesToGet or ProjectionExpression");
                }
            }
            default -> throw DynamoDbException.validation("1 validation error detected: Value '" + select + "' at 'select' failed to satisfy "
                    + "constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]");
        }
        if (select.equals("ALL_ATTRIBUTES") && source.index != null && !source.index.projectionType().equals("ALL")) {
            throw DynamoDbException.invalidParameter("Select type ALL_ATTRIBUTES is not supported for "
                    + (source.index.local() ? "local" : "global") + " secondary index " + source.index.name()
                    + " because its projection type is not ALL");
        }
        if (select.equals("ALL_PROJECTED_ATTRIBUTES") && source.index == null) {
            throw DynamoDbException.invalidParameter("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
        }
        int limit = Integer.MAX_VALUE;
        if (request.has("Limit")) {
            limit = request.json().get("Limit").asInt();
            if (limit < 1) {
                throw DynamoDbException.validation("1 validation error detected: Value '" + limit
                        + "' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
            }
        }
        Map<String, Value> exclusiveStart = request.has("ExclusiveStartKey") ? request.item("ExclusiveStartKey") : null;
        return new Reading(filter, projection, select, limit, exclusiveStart, Capacity.mode(request),
                request.json().path("ConsistentRead").asBoolean(false));
    }

    private static Set<String> topLevelNames(Condition condition) {
        Set<String> names = new LinkedHashSet<>();
        collect(condition, names);
        return names;
    }

    private static void collect(Condition condition, Set<String> names) {
        if (condition instanceof Condition.And and) {
            collect(and.left(), names);
            collect(and.right(), names);
        } else if (condition instanceof Condition.Or or) {
            collect(or.left(), names);
            collect(or.right(), names);
        } else if (condition instanceof Condition.Not not) {
            collect(not.inner(), names);
        } else if (condition instanceof Condition.Compare compare) {
            collect(compare.left(), names);
            collect(compare.right(), names);
        } else if (condition instanceof Condition.Between between) {
            collect(between.value(), names);
            collect(between.low(), names);
            collect(between.high(), names);
        } else if (condition instanceof Condition.In in) {
            collect(in.value(), names);
            in.candidates().forEach(candidate -> collect(candidate, names));
        } else if (condition instanceof Condition.Function function) {
            function.arguments().forEach(argument -> collect(argument, names));
        }
    }

    private static void collect(Operand operand, Set<String> names) {
        if (operand instanceof Operand.Path path) {
            names.add(path.path().top());
        } else if (operand instanceof Operand.Size size) {
            names.add(size.path().top());
        }
    }

    private static String max(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record Reading(Condition filter, List<DocumentPath> projection, String select, int limit,
                           Map<String, Value> exclusiveStart, String capacity, boolean consistent) {
    }

    /** A table or one of its indexes, as a read sees it. */
    private record Source(TableData table, IndexDefinition index) {
        KeySchema key() {
            return index == null ? table.definition().key() : index.key();
        }

        MVMap<String, String> map() {
            return index == null ? table.items() : table.index(index);
        }

        /** The store position of an ExclusiveStartKey. */
        String position(Map<String, Value> start) {
            Map<String, Value> expected = lastEvaluatedKeyShape(start);
            if (expected == null) {
                throw DynamoDbException.validation("The provided starting key is invalid: The provided key element does not match the schema");
            }
            String storageKey = table.storageKey(start);
            return index == null ? storageKey : table.indexKey(index, start, storageKey);
        }

        private Map<String, Value> lastEvaluatedKeyShape(Map<String, Value> start) {
            Set<String> names = new LinkedHashSet<>(table.definition().key().attributes());
            if (index != null) {
                names.addAll(index.key().attributes());
            }
            if (!start.keySet().equals(names)) {
                return null;
            }
            for (String name : names) {
                if (!start.get(name).type().equals(table.definition().attributeTypes().get(name))) {
                    return null;
                }
            }
            return start;
        }

        Map<String, Value> lastEvaluatedKey(Map<String, Value> item) {
            Map<String, Value> key = new LinkedHashMap<>();
            for (String name : table.definition().key().attributes()) {
                key.put(name, item.get(name));
            }
            if (index != null) {
                for (String name : index.key().attributes()) {
                    key.put(name, item.get(name));
                }
            }
            return key;
        }

        /** The attributes the index projects (all of them for the table or an ALL index). */
        Map<String, Value> visible(Map<String, Value> item) {
            if (index == null || index.projectionType().equals("ALL")) {
                return item;
            }
            Set<String> names = new LinkedHashSet<>(table.definition().key().attributes());
            names.addAll(index.key().attributes());
            if (index.projectionType().equals("INCLUDE")) {
                names.addAll(index.nonKeyAttributes());
            }
            Map<String, Value> visible = new LinkedHashMap<>();
            item.forEach((name, value) -> {
                if (names.contains(name)) {
                    visible.put(name, value);
                }
            });
            return visible;
        }
    }

    /** Scan's Segment of TotalSegments: items are spread over segments by partition key. */
    private record Segment(int segment, int total) {
        static Segment of(RequestFields request) {
            boolean hasSegment = request.has("Segment");
            boolean hasTotal = request.has("TotalSegments");
            if (!hasSegment && !hasTotal) {
                return null;
            }
            if (!hasTotal) {
                throw DynamoDbException.validation("The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
            }
            if (!hasSegment) {
                throw DynamoDbException.validation("The Segment parameter is required but was not present in the request when parameter TotalSegments is present");
            }
            int segment = request.json().get("Segment").asInt();
            int total = request.json().get("TotalSegments").asInt();
            if (total < 1 || total > 1000000) {
                throw DynamoDbException.validation("1 validation error detected: Value '" + total
                        + "' at 'totalSegments' failed to satisfy constraint: Member must have value less than or equal to 1000000");
            }
            if (segment < 0 || segment >= total) {
                throw DynamoDbException.validation("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: "
                        + segment + " is not less than TotalSegments: " + total);
            }
            return new Segment(segment, total);
        }

        boolean contains(Source source, Map<String, Value> item) {
            String partition = KeyCodec.encode(item.get(source.table.definition().key().hash()));
            return Math.floorMod(partition.hashCode(), total) == segment;
        }
    }
}
