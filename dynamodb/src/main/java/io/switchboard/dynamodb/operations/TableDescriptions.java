package io.switchboard.dynamodb.operations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.dynamodb.table.IndexDefinition;
import io.switchboard.dynamodb.table.KeySchema;
import io.switchboard.dynamodb.table.TableDefinition;

/** DescribeTable's TableDescription, as AWS shapes it. */
final class TableDescriptions {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TableDescriptions() {
    }

    static ObjectNode describe(TableDefinition table, String status, String region, long itemCount, long sizeBytes) {
        ObjectNode node = NODES.objectNode();
        ArrayNode attributes = node.putArray("AttributeDefinitions");
        table.attributeTypes().forEach((name, type) -> attributes.addObject().put("AttributeName", name).put("AttributeType", type));
        node.put("TableName", table.name());
        node.set("KeySchema", keySchema(table.key()));
        node.put("TableStatus", status);
        node.put("CreationDateTime", table.createdAt());
        node.set("ProvisionedThroughput", throughput(table.readCapacity(), table.writeCapacity()));
        node.put("TableSizeBytes", sizeBytes);
        node.put("ItemCount", itemCount);
        String arn = Names.tableArn(region, table.name());
        node.put("TableArn", arn);
        node.put("TableId", table.id());
        if ("PAY_PER_REQUEST".equals(table.billingMode())) {
            node.putObject("BillingModeSummary").put("BillingMode", "PAY_PER_REQUEST")
                    .put("LastUpdateToPayPerRequestDateTime", table.createdAt());
        }
        ArrayNode globals = NODES.arrayNode();
        ArrayNode locals = NODES.arrayNode();
        for (IndexDefinition index : table.indexes()) {
            ObjectNode indexNode = (index.local() ? locals : globals).addObject();
            indexNode.put("IndexName", index.name());
            indexNode.set("KeySchema", keySchema(index.key()));
            ObjectNode projection = indexNode.putObject("Projection").put("ProjectionType", index.projectionType());
            if (!index.nonKeyAttributes().isEmpty()) {
                ArrayNode nonKey = projection.putArray("NonKeyAttributes");
                index.nonKeyAttributes().forEach(nonKey::add);
            }
            if (!index.local()) {
                indexNode.put("IndexStatus", "ACTIVE");
                indexNode.set("ProvisionedThroughput", throughput(index.readCapacity(), index.writeCapacity()));
            }
            indexNode.put("IndexSizeBytes", 0);
            indexNode.put("ItemCount", 0);
            indexNode.put("IndexArn", arn + "/index/" + index.name());
        }
        if (!globals.isEmpty()) {
            node.set("GlobalSecondaryIndexes", globals);
        }
        if (!locals.isEmpty()) {
            node.set("LocalSecondaryIndexes", locals);
        }
        if (table.streamSpecification() != null && table.streamSpecification().path("StreamEnabled").asBoolean()) {
            node.set("StreamSpecification", table.streamSpecification());
            String label = java.time.Instant.ofEpochMilli((long) (table.createdAt() * 1000)).toString().replace("Z", "");
            node.put("LatestStreamLabel", label);
            node.put("LatestStreamArn", arn + "/stream/" + label);
        }
        node.put("DeletionProtectionEnabled", table.deletionProtection());
        return node;
    }

    static ArrayNode keySchema(KeySchema key) {
        ArrayNode schema = NODES.arrayNode();
        schema.addObject().put("AttributeName", key.hash()).put("KeyType", "HASH");
        if (key.range() != null) {
            schema.addObject().put("AttributeName", key.range()).put("KeyType", "RANGE");
        }
        return schema;
    }

    private static ObjectNode throughput(long read, long write) {
        return NODES.objectNode().put("NumberOfDecreasesToday", 0).put("ReadCapacityUnits", read).put("WriteCapacityUnits", write);
    }
}
