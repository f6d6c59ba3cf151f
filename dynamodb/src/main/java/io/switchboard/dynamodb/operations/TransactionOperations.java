package io.switchboard.dynamodb.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.expression.DocumentPath;
import io.switchboard.dynamodb.expression.Projection;
import io.switchboard.dynamodb.value.ItemSize;
import io.switchboard.dynamodb.value.Value;
import io.switchboard.dynamodb.value.ValueJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TransactWriteItems and TransactGetItems. A write transaction checks every condition first, under
 * the engine's write lock; if any fails nothing is written and the answer lists a reason per action.
 */
final class TransactionOperations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Catalog catalog;
    private final Guard guard;

    TransactionOperations(Catalog catalog, Guard guard) {
        this.catalog = catalog;
        this.guard = guard;
    }

    ObjectNode transactWriteItems(Call call) {
        RequestFields request = new RequestFields(call.request());
        JsonNode items = request.node("TransactItems");
        checkCount(items, "transactItems");
        String capacity = Capacity.mode(request);
        List<PreparedWrite> writes = new ArrayList<>();
        List<Boolean> oldOnFailure = new ArrayList<>();
        Set<String> identities = new HashSet<>();
        for (JsonNode element : items) {
            if (element.size() != 1) {
                throw DynamoDbException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
            }
            String kind = element.fieldNames().next();
            ObjectNode body = (ObjectNode) element.get(kind);
            RequestFields fields = new RequestFields(body);
            TableData table = catalog.table(fields.tableName());
            PreparedWrite write = switch (kind) {
                case "Put" -> PreparedWrite.put(table, fields);
                case "Update" -> PreparedWrite.update(table, fields);
                case "Delete" -> PreparedWrite.delete(table, fields);
                case "ConditionCheck" -> PreparedWrite.check(table, fields);
                default -> throw DynamoDbException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
            };
            if (!identities.add(write.itemIdentity())) {
                throw DynamoDbException.validation("Transaction request cannot include multiple operations on one item");
            }
            writes.add(write);
            oldOnFailure.add("ALL_OLD".equals(fields.text("ReturnValuesOnConditionCheckFailure")));
        }
        Map<String, Double> units = new LinkedHashMap<>();
        guard.write(() -> {
            List<Map<String, Value>> currents = new ArrayList<>();
            List<Map<String, Value>> afters = new ArrayList<>();
            ArrayNode reasons = NODES.arrayNode();
            List<String> codes = new ArrayList<>();
            boolean cancelled = false;
            for (int i = 0; i < writes.size(); i++) {
                PreparedWrite write = writes.get(i);
                Map<String, Value> current = write.current();
                currents.add(current);
                ObjectNode reason = NODES.objectNode();
                if (!write.conditionHolds(current)) {
                    cancelled = true;
                    reason.put("Code", "ConditionalCheckFailed").put("Message", "The conditional request failed");
                    if (oldOnFailure.get(i) && current != null) {
                        reason.set("Item", ValueJson.itemJson(current));
                    }
                    afters.add(null);
                } else {
                    try {
                        afters.add(write.after(current));
                        reason.put("Code", "None");
                    } catch (DynamoDbException e) {
                        cancelled = true;
                        afters.add(null);
                        reason.put("Code", "ValidationError").put("Message", e.getMessage());
                    }
                }
                codes.add(reason.get("Code").asText());
                reasons.add(reason);
            }
            if (cancelled) {
                ObjectNode extra = NODES.objectNode();
                extra.set("CancellationReasons", reasons);
                throw new DynamoDbException("TransactionCanceledException",
                        "Transaction cancelled, please refer cancellation reasons for specific reasons " + codes, 400, extra);
            }
            for (int i = 0; i < writes.size(); i++) {
                PreparedWrite write = writes.get(i);
                write.store(currents.get(i), afters.get(i));
                long size = Math.max(currents.get(i) == null ? 0 : ItemSize.of(currents.get(i)),
                        afters.get(i) == null ? 0 : ItemSize.of(afters.get(i)));
                units.merge(write.table().definition().name(), 2 * Capacity.writeUnits(size), Double::sum);
            }
            return null;
        });
        ObjectNode response = NODES.objectNode();
        if (!capacity.equals("NONE")) {
            ArrayNode list = response.putArray("ConsumedCapacity");
            units.forEach((table, total) -> list.add(Capacity.consumed(capacity, table, total, true)));
        }
        return response;
    }

    ObjectNode transactGetItems(Call call) {
        RequestFields request = new RequestFields(call.request());
        JsonNode items = request.node("TransactItems");
        checkCount(items, "transactItems");
        String capacity = Capacity.mode(request);
        List<TableData> tables = new ArrayList<>();
        List<Map<String, Value>> keys = new ArrayList<>();
        List<List<DocumentPath>> projections = new ArrayList<>();
        for (JsonNode element : items) {
            ObjectNode get = (ObjectNode) element.get("Get");
            if (get == null) {
                throw DynamoDbException.validation("TransactGetItems can only contain Get actions");
            }
            RequestFields fields = new RequestFields(get);
            TableData table = catalog.table(fields.tableName());
            tables.add(table);
            keys.add(Keys.key(table.definition(), fields.item("Key")));
            projections.add(ItemOperations.projection(fields));
        }
        Map<String, Double> units = new LinkedHashMap<>();
        ObjectNode response = NODES.objectNode();
        ArrayNode responses = response.putArray("Responses");
        guard.read(() -> {
            for (int i = 0; i < tables.size(); i++) {
                Map<String, Value> item = tables.get(i).get(keys.get(i));
                ObjectNode entry = responses.addObject();
                if (item != null) {
                    entry.set("Item", ValueJson.itemJson(projections.get(i) == null ? item : Projection.apply(projections.get(i), item)));
                }
                units.merge(tables.get(i).definition().name(), 2 * Capacity.readUnits(item == null ? 0 : ItemSize.of(item), true), Double::sum);
            }
            return null;
        });
        if (!capacity.equals("NONE")) {
            ArrayNode list = response.putArray("ConsumedCapacity");
            units.forEach((table, total) -> list.add(Capacity.consumed(capacity, table, total, false)));
        }
        return response;
    }

    private static void checkCount(JsonNode items, String where) {
        if (items == null || items.isEmpty()) {
            throw DynamoDbException.validation("1 validation error detected: Value null at '" + where
                    + "' failed to satisfy constraint: Member must not be null");
        }
        if (items.size() > 100) {
            throw DynamoDbException.validation("1 validation error detected: Value '[" + items.size() + " items]' at '" + where
                    + "' failed to satisfy constraint: Member must have length less than or equal to 100");
        }
    }
}
