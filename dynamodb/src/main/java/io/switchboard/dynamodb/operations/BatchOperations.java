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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** BatchWriteItem (up to 25 puts and deletes) and BatchGetItem (up to 100 keys). Nothing is ever left unprocessed. */
final class BatchOperations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Catalog catalog;
    private final Guard guard;

    BatchOperations(Catalog catalog, Guard guard) {
        this.catalog = catalog;
        this.guard = guard;
    }

    private record Write(TableData table, Map<String, Value> key, Map<String, Value> item) {
    }

    ObjectNode batchWriteItem(Call call) {
        RequestFields request = new RequestFields(call.request());
        JsonNode requestItems = request.node("RequestItems");
        if (requestItems == null || requestItems.isEmpty()) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'requestItems' failed to satisfy constraint: Member must not be null");
        }
        String capacity = Capacity.mode(request);
        List<Write> writes = new ArrayList<>();
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> tables = requestItems.fields(); tables.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = tables.next();
            count += entry.getValue().size();
            if (count > 25 || entry.getValue().isEmpty()) {
                throw DynamoDbException.validation("1 validation error detected: Value at 'requestItems' failed to satisfy constraint: "
                        + "Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]");
            }
            TableData table = catalog.table(Names.tableFromArn(entry.getKey()));
            Set<String> seen = new HashSet<>();
            for (JsonNode writeRequest : entry.getValue()) {
                Write write;
                if (writeRequest.has("PutRequest")) {
                    Map<String, Value> item = ValueJson.item(writeRequest.get("PutRequest").get("Item"));
                    Keys.item(table.definition(), item);
                    write = new Write(table, Keys.keyOf(table.definition(), item), item);
                } else if (writeRequest.has("DeleteRequest")) {
                    Map<String, Value> key = Keys.key(table.definition(), ValueJson.item(writeRequest.get("DeleteRequest").get("Key")));
                    write = new Write(table, key, null);
                } else {
                    throw DynamoDbException.validation("Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
                }
                if (!seen.add(table.storageKey(write.key()))) {
                    throw DynamoDbException.validation("Provided list of item keys contains duplicates");
                }
                writes.add(write);
            }
        }
        Map<String, Double> units = new LinkedHashMap<>();
        guard.write(() -> {
            for (Write write : writes) {
                Map<String, Value> current = write.table().get(write.key());
                long size = current == null ? 0 : ItemSize.of(current);
                if (write.item() != null) {
                    write.table().put(write.item(), current);
                    size = Math.max(size, ItemSize.of(write.item()));
                } else if (current != null) {
                    write.table().delete(current);
                }
                units.merge(write.table().definition().name(), Capacity.writeUnits(size), Double::sum);
            }
            return null;
        });
        ObjectNode response = NODES.objectNode();
        response.putObject("UnprocessedItems");
        capacityList(response, capacity, units, true);
        return response;
    }

    ObjectNode batchGetItem(Call call) {
        RequestFields request = new RequestFields(call.request());
        JsonNode requestItems = request.node("RequestItems");
        if (requestItems == null || requestItems.isEmpty()) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'requestItems' failed to satisfy constraint: Member must not be null");
        }
        String capacity = Capacity.mode(request);
        int count = 0;
        Map<String, List<Map<String, Value>>> keys = new LinkedHashMap<>();
        Map<String, List<DocumentPath>> projections = new LinkedHashMap<>();
        Map<String, TableData> tables = new LinkedHashMap<>();
        Map<String, Boolean> consistent = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = requestItems.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            TableData table = catalog.table(Names.tableFromArn(entry.getKey()));
            RequestFields tableRequest = new RequestFields((ObjectNode) entry.getValue());
            tableRequest.refuseLegacy("AttributesToGet");
            List<Map<String, Value>> tableKeys = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonNode keyNode : entry.getValue().path("Keys")) {
                Map<String, Value> key = Keys.key(table.definition(), ValueJson.item(keyNode));
                if (!seen.add(table.storageKey(key))) {
                    throw DynamoDbException.validation("Provided list of item keys contains duplicates");
                }
                tableKeys.add(key);
            }
            count += tableKeys.size();
            if (count > 100) {
                throw DynamoDbException.validation("Too many items requested for the BatchGetItem call");
            }
            keys.put(entry.getKey(), tableKeys);
            projections.put(entry.getKey(), ItemOperations.projection(tableRequest));
            tables.put(entry.getKey(), table);
            consistent.put(entry.getKey(), entry.getValue().path("ConsistentRead").asBoolean(false));
        }
        ObjectNode response = NODES.objectNode();
        ObjectNode responses = response.putObject("Responses");
        Map<String, Double> units = new LinkedHashMap<>();
        guard.read(() -> {
            keys.forEach((name, tableKeys) -> {
                ArrayNode items = responses.putArray(name);
                TableData table = tables.get(name);
                List<DocumentPath> projection = projections.get(name);
                for (Map<String, Value> key : tableKeys) {
                    Map<String, Value> item = table.get(key);
                    units.merge(table.definition().name(),
                            Capacity.readUnits(item == null ? 0 : ItemSize.of(item), consistent.get(name)), Double::sum);
                    if (item != null) {
                        items.add(ValueJson.itemJson(projection == null ? item : Projection.apply(projection, item)));
                    }
                }
            });
            return null;
        });
        response.putObject("UnprocessedKeys");
        capacityList(response, capacity, units, false);
        return response;
    }

    private static void capacityList(ObjectNode response, String mode, Map<String, Double> units, boolean write) {
        if (!mode.equals("NONE")) {
            ArrayNode list = response.putArray("ConsumedCapacity");
            units.forEach((table, total) -> list.add(Capacity.consumed(mode, table, total, write)));
        }
    }
}
