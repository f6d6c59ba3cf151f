package io.switchboard.dynamodb.operations;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.expression.DocumentPath;
import io.switchboard.dynamodb.expression.ExpressionParser;
import io.switchboard.dynamodb.expression.Placeholders;
import io.switchboard.dynamodb.expression.Projection;
import io.switchboard.dynamodb.value.ItemSize;
import io.switchboard.dynamodb.value.Value;
import io.switchboard.dynamodb.value.ValueJson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** PutItem, GetItem, UpdateItem, DeleteItem. */
final class ItemOperations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Catalog catalog;
    private final Guard guard;

    ItemOperations(Catalog catalog, Guard guard) {
        this.catalog = catalog;
        this.guard = guard;
    }

    ObjectNode putItem(Call call) {
        return write(call, Set.of("NONE", "ALL_OLD"), PreparedWrite::put);
    }

    ObjectNode updateItem(Call call) {
        return write(call, Set.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"), PreparedWrite::update);
    }

    ObjectNode deleteItem(Call call) {
        return write(call, Set.of("NONE", "ALL_OLD"), PreparedWrite::delete);
    }

    /**
     * One item written under the write lock: its condition checked against the item as it is, the item
     * stored (or deleted), the ReturnValues asked for and the capacity consumed by the larger of the item
     * before and after.
     */
    private ObjectNode write(Call call, Set<String> allowedReturnValues, BiFunction<TableData, RequestFields, PreparedWrite> prepare) {
        RequestFields request = new RequestFields(call.request());
        TableData table = catalog.table(request.tableName());
        String returnValues = returnValues(request, allowedReturnValues);
        String capacity = Capacity.mode(request);
        boolean oldOnFailure = returnOnFailure(request);
        PreparedWrite write = prepare.apply(table, request);
        return guard.write(() -> {
            Map<String, Value> current = write.current();
            checkCondition(write, current, oldOnFailure);
            Map<String, Value> after = write.after(current);
            write.store(current, after);
            ObjectNode response = NODES.objectNode();
            Map<String, Value> attributes = switch (returnValues) {
                case "ALL_OLD" -> current;
                case "ALL_NEW" -> after;
                case "UPDATED_OLD" -> current == null ? null : Projection.apply(write.updatedPaths(), current);
                case "UPDATED_NEW" -> Projection.apply(write.updatedPaths(), after);
                default -> null;
            };
            if (attributes != null && !attributes.isEmpty()) {
                response.set("Attributes", ValueJson.itemJson(attributes));
            }
            long size = Math.max(after == null ? 0 : ItemSize.of(after), current == null ? 0 : ItemSize.of(current));
            putCapacity(response, Capacity.consumed(capacity, table.definition().name(), Capacity.writeUnits(size), true));
            return response;
        });
    }

    ObjectNode getItem(Call call) {
        RequestFields request = new RequestFields(call.request());
        TableData table = catalog.table(request.tableName());
        Map<String, Value> key = Keys.key(table.definition(), request.item("Key"));
        String capacity = Capacity.mode(request);
        boolean consistent = request.json().path("ConsistentRead").asBoolean(false);
        List<DocumentPath> projection = projection(request);
        Map<String, Value> item = guard.read(() -> table.get(key));
        ObjectNode response = NODES.objectNode();
        if (item != null) {
            response.set("Item", ValueJson.itemJson(projection == null ? item : Projection.apply(projection, item)));
        }
        long size = item == null ? 0 : ItemSize.of(item);
        putCapacity(response, Capacity.consumed(capacity, table.definition().name(), Capacity.readUnits(size, consistent), false));
        return response;
    }

    /** The ProjectionExpression of a read, with its placeholders checked; null when absent. */
    static List<DocumentPath> projection(RequestFields request) {
        LegacyParameters.refuseMixing(request, List.of("AttributesToGet"), List.of("ProjectionExpression"));
        if (request.has("AttributesToGet")) {
            request.placeholdersNeed();
            return LegacyParameters.attributesToGet(request.node("AttributesToGet"));
        }
        request.placeholdersNeed("ProjectionExpression");
        Placeholders placeholders = request.placeholders();
        List<DocumentPath> paths = request.has("ProjectionExpression")
                ? ExpressionParser.projection(request.text("ProjectionExpression"), placeholders) : null;
        if (paths != null) {
            Projection.check(paths);
        }
        placeholders.checkAllUsed();
        return paths;
    }

    static void checkCondition(PreparedWrite write, Map<String, Value> current, boolean oldOnFailure) {
        if (!write.conditionHolds(current)) {
            ObjectNode extra = null;
            if (oldOnFailure && current != null) {
                extra = NODES.objectNode();
                extra.set("Item", ValueJson.itemJson(current));
            }
            throw DynamoDbException.conditionalCheckFailed(extra);
        }
    }

    private static String returnValues(RequestFields request, Set<String> allowed) {
        String value = request.text("ReturnValues", "NONE");
        if (!allowed.contains(value)) {
            throw DynamoDbException.validation("Return values set to invalid value");
        }
        return value;
    }

    private static boolean returnOnFailure(RequestFields request) {
        return "ALL_OLD".equals(request.text("ReturnValuesOnConditionCheckFailure"));
    }

    static void putCapacity(ObjectNode response, ObjectNode consumed) {
        if (consumed != null) {
            response.set("ConsumedCapacity", consumed);
        }
    }
}
