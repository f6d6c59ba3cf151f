package io.switchboard.dynamodb.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.table.IndexDefinition;
import io.switchboard.dynamodb.table.KeySchema;
import io.switchboard.dynamodb.table.TableDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** CreateTable, DeleteTable, DescribeTable, ListTables, UpdateTimeToLive, DescribeTimeToLive. */
final class TableOperations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> KEY_TYPES = Set.of("S", "N", "B");

    private final Catalog catalog;

    TableOperations(Catalog catalog) {
        this.catalog = catalog;
    }

    ObjectNode createTable(Call call) {
        RequestFields request = new RequestFields(call.request());
        String name = request.requiredText("TableName", "tableName");
        checkTableName(name);
        Map<String, String> types = new LinkedHashMap<>();
        JsonNode definitions = request.node("AttributeDefinitions");
        if (definitions != null) {
            for (JsonNode definition : definitions) {
                String type = definition.path("AttributeType").asText();
                if (!KEY_TYPES.contains(type)) {
                    throw DynamoDbException.validation("1 validation error detected: Value '" + type
                            + "' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: "
                            + "Member must satisfy enum value set: [B, N, S]");
                }
                types.put(definition.path("AttributeName").asText(), type);
            }
        }
        KeySchema key = keySchema(request.node("KeySchema"), "keySchema");
        String billing = request.text("BillingMode", "PROVISIONED");
        JsonNode throughput = request.node("ProvisionedThroughput");
        long read = 0;
        long write = 0;
        if (billing.equals("PAY_PER_REQUEST")) {
            if (throughput != null) {
                throw DynamoDbException.invalidParameter(
                        "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
            }
        } else {
            if (throughput == null) {
                throw DynamoDbException.invalidParameter(
                        "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
            }
            read = throughput.path("ReadCapacityUnits").asLong();
            write = throughput.path("WriteCapacityUnits").asLong();
        }
        List<IndexDefinition> indexes = new ArrayList<>();
        indexes.addAll(indexes(request.node("GlobalSecondaryIndexes"), false, billing, key));
        indexes.addAll(indexes(request.node("LocalSecondaryIndexes"), true, billing, key));
        Set<String> used = new LinkedHashSet<>(key.attributes());
        indexes.forEach(index -> used.addAll(index.key().attributes()));
        if (!types.keySet().containsAll(used)) {
            throw DynamoDbException.invalidParameter("Some index key attributes are not defined in AttributeDefinitions. Keys: "
                    + new ArrayList<>(used) + ", AttributeDefinitions: " + new ArrayList<>(types.keySet()));
        }
        if (!used.containsAll(types.keySet())) {
            throw DynamoDbException.invalidParameter("Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions");
        }
        Set<String> indexNames = new LinkedHashSet<>();
        for (IndexDefinition index : indexes) {
            if (!indexNames.add(index.name())) {
                throw DynamoDbException.invalidParameter("Duplicate index name: " + index.name());
            }
        }
        synchronized (catalog) {
            if (catalog.exists(name)) {
                throw DynamoDbException.resourceInUse("Table already exists: " + name);
            }
            JsonNode stream = request.node("StreamSpecification");
            TableDefinition table = new TableDefinition(name, UUID.randomUUID().toString(), key, types, indexes, billing, read, write,
                    System.currentTimeMillis() / 1000.0, null, stream, request.json().path("DeletionProtectionEnabled").asBoolean(false));
            catalog.save(table);
            ObjectNode response = NODES.objectNode();
            response.set("TableDescription", TableDescriptions.describe(table, "CREATING", call.region(), 0, 0));
            return response;
        }
    }

    private static void checkTableName(String name) {
        if (name.length() < 3 || name.length() > 255 || !name.matches("[a-zA-Z0-9_.-]+")) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + name + "' at 'tableName' failed to satisfy constraint: "
                    + (name.length() < 3 ? "Member must have length greater than or equal to 3"
                    : name.length() > 255 ? "Member must have length less than or equal to 255"
                    : "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"));
        }
    }

    private static KeySchema keySchema(JsonNode schema, String where) {
        if (schema == null || schema.isEmpty()) {
            throw DynamoDbException.validation("1 validation error detected: Value null at '" + where
                    + "' failed to satisfy constraint: Member must not be null");
        }
        if (schema.size() > 2) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + schema + "' at '" + where
                    + "' failed to satisfy constraint: Member must have length less than or equal to 2");
        }
        String hash = null;
        String range = null;
        for (JsonNode element : schema) {
            String type = element.path("KeyType").asText();
            if (type.equals("HASH") && hash == null) {
                hash = element.path("AttributeName").asText();
            } else if (type.equals("RANGE") && range == null) {
                range = element.path("AttributeName").asText();
            } else {
                throw DynamoDbException.invalidParameter("Invalid KeySchema: Some index key attribute have no definition");
            }
        }
        if (hash == null || !schema.get(0).path("KeyType").asText().equals("HASH")) {
            throw DynamoDbException.invalidParameter("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        return new KeySchema(hash, range);
    }

    private static List<IndexDefinition> indexes(JsonNode nodes, boolean local, String billing, KeySchema tableKey) {
        List<IndexDefinition> indexes = new ArrayList<>();
        if (nodes == null) {
            return indexes;
        }
        for (JsonNode node : nodes) {
            String name = node.path("IndexName").asText();
            KeySchema key = keySchema(node.get("KeySchema"), local ? "localSecondaryIndexes.member.keySchema" : "globalSecondaryIndexes.member.keySchema");
            if (local && (!key.hash().equals(tableKey.hash()) || key.range() == null)) {
                throw DynamoDbException.invalidParameter("Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex");
            }
            JsonNode projection = node.path("Projection");
            String projectionType = projection.path("ProjectionType").asText("ALL");
            List<String> nonKey = new ArrayList<>();
            projection.path("NonKeyAttributes").forEach(attribute -> nonKey.add(attribute.asText()));
            JsonNode throughput = node.get("ProvisionedThroughput");
            long read = 0;
            long write = 0;
            if (!local && billing.equals("PROVISIONED")) {
                if (throughput == null) {
                    throw DynamoDbException.invalidParameter("ProvisionedThroughput should not be null for index: " + name);
                }
                read = throughput.path("ReadCapacityUnits").asLong();
                write = throughput.path("WriteCapacityUnits").asLong();
            }
            indexes.add(new IndexDefinition(name, key, projectionType, nonKey, local, read, write));
        }
        return indexes;
    }

    ObjectNode deleteTable(Call call) {
        String name = new RequestFields(call.request()).tableName();
        synchronized (catalog) {
            TableDefinition table = catalog.definition(name);
            TableData data = catalog.data(table);
            ObjectNode description = TableDescriptions.describe(table, "DELETING", call.region(), data.itemCount(), data.sizeBytes());
            catalog.remove(table);
            ObjectNode response = NODES.objectNode();
            response.set("TableDescription", description);
            return response;
        }
    }

    ObjectNode describeTable(Call call) {
        TableDefinition table = catalog.definition(new RequestFields(call.request()).tableName());
        TableData data = catalog.data(table);
        ObjectNode response = NODES.objectNode();
        response.set("Table", TableDescriptions.describe(table, "ACTIVE", call.region(), data.itemCount(), data.sizeBytes()));
        return response;
    }

    ObjectNode listTables(Call call) {
        RequestFields request = new RequestFields(call.request());
        int limit = request.has("Limit") ? request.json().get("Limit").asInt() : 100;
        if (limit < 1 || limit > 100) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + limit + "' at 'limit' failed to satisfy constraint: "
                    + (limit < 1 ? "Member must have value greater than or equal to 1" : "Member must have value less than or equal to 100"));
        }
        String start = request.text("ExclusiveStartTableName");
        List<String> names = new ArrayList<>();
        for (String name : catalog.names()) {
            if (start == null || name.compareTo(start) > 0) {
                names.add(name);
            }
        }
        ObjectNode response = NODES.objectNode();
        ArrayNode list = response.putArray("TableNames");
        names.stream().limit(limit).forEach(list::add);
        if (names.size() > limit) {
            response.put("LastEvaluatedTableName", names.get(limit - 1));
        }
        return response;
    }

    ObjectNode updateTimeToLive(Call call) {
        RequestFields request = new RequestFields(call.request());
        String name = request.tableName();
        JsonNode specification = request.node("TimeToLiveSpecification");
        if (specification == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'timeToLiveSpecification' failed to satisfy constraint: Member must not be null");
        }
        boolean enabled = specification.path("Enabled").asBoolean();
        String attribute = specification.path("AttributeName").asText();
        synchronized (catalog) {
            TableDefinition table = catalog.definition(name);
            if (enabled && table.ttlAttribute() != null) {
                throw DynamoDbException.validation("TimeToLive is already enabled");
            }
            if (!enabled && table.ttlAttribute() == null) {
                throw DynamoDbException.validation("TimeToLive is already disabled");
            }
            catalog.save(table.withTtl(enabled ? attribute : null));
        }
        ObjectNode response = NODES.objectNode();
        response.putObject("TimeToLiveSpecification").put("Enabled", enabled).put("AttributeName", attribute);
        return response;
    }

    ObjectNode describeTimeToLive(Call call) {
        TableDefinition table = catalog.definition(new RequestFields(call.request()).tableName());
        ObjectNode response = NODES.objectNode();
        ObjectNode description = response.putObject("TimeToLiveDescription");
        if (table.ttlAttribute() == null) {
            description.put("TimeToLiveStatus", "DISABLED");
        } else {
            description.put("TimeToLiveStatus", "ENABLED").put("AttributeName", table.ttlAttribute());
        }
        return response;
    }
}
