package io.switchboard.dynamodb.operations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.dynamodb.table.IndexDefinition;
import io.switchboard.dynamodb.table.KeySchema;
import io.switchboard.dynamodb.table.TableDefinition;

/**
 * The TableDescription AWS answers CreateTable, DescribeTable and DeleteTable with. They differ as
 * AWS's recorded answers show: CreateTable says CREATING and has no warm throughput unless one was
 * asked for; DescribeTable says ACTIVE with warm throughput (on demand: 12,000 reads and 4,000 writes
 * per second); DeleteTable leaves out the schema and the creation time.
 */
final class TableDescriptions {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long ON_DEMAND_WARM_READS = 12000;
    private static final long ON_DEMAND_WARM_WRITES = 4000;

    private enum Moment { CREATED, DESCRIBED, DELETED }

    private TableDescriptions() {
    }

    static ObjectNode created(TableDefinition table, String region) {
        return describe(table, Moment.CREATED, region, 0, 0);
    }

    static ObjectNode described(TableDefinition table, String region, long itemCount, long sizeBytes) {
        return describe(table, Moment.DESCRIBED, region, itemCount, sizeBytes);
    }

    static ObjectNode deleted(TableDefinition table, String region, long itemCount, long sizeBytes) {
        return describe(table, Moment.DELETED, region, itemCount, sizeBytes);
    }

    private static ObjectNode describe(TableDefinition table, Moment moment, String region, long itemCount, long sizeBytes) {
        boolean onDemand = "PAY_PER_REQUEST".equals(table.billingMode());
        ObjectNode node = NODES.objectNode();
        if (moment != Moment.DELETED) {
            ArrayNode attributes = node.putArray("AttributeDefinitions");
            table.attributeTypes().forEach((name, type) -> attributes.addObject().put("AttributeName", name).put("AttributeType", type));
        }
        node.put("TableName", table.name());
        if (moment != Moment.DELETED) {
            node.set("KeySchema", keySchema(table.key()));
        }
        node.put("TableStatus", moment == Moment.CREATED ? "CREATING" : moment == Moment.DELETED ? "DELETING" : "ACTIVE");
        if (moment != Moment.DELETED) {
            node.put("CreationDateTime", table.createdAt());
        }
        node.set("ProvisionedThroughput", throughput(table.readCapacity(), table.writeCapacity()));
        node.put("TableSizeBytes", sizeBytes);
        node.put("ItemCount", itemCount);
        String arn = Names.tableArn(region, table.name());
        node.put("TableArn", arn);
        node.put("TableId", table.id());
        if (onDemand && moment != Moment.DELETED) {
            ObjectNode summary = node.putObject("BillingModeSummary").put("BillingMode", "PAY_PER_REQUEST");
            if (moment == Moment.DESCRIBED) {
                summary.put("LastUpdateToPayPerRequestDateTime", table.createdAt());
            }
        }
        if (moment != Moment.DELETED) {
            indexes(table, moment, arn, onDemand, node);
        }
        if (moment != Moment.DELETED && table.streamSpecification() != null && table.streamSpecification().path("StreamEnabled").asBoolean()) {
            node.set("StreamSpecification", table.streamSpecification());
            String label = java.time.Instant.ofEpochMilli((long) (table.createdAt() * 1000)).toString().replace("Z", "");
            node.put("LatestStreamLabel", label);
            node.put("LatestStreamArn", arn + "/stream/" + label);
        }
        node.put("DeletionProtectionEnabled", table.deletionProtection());
        boolean asked = table.warmReadUnits() != null || table.warmWriteUnits() != null;
        if (moment == Moment.DESCRIBED || moment == Moment.CREATED && asked) {
            long reads = table.warmReadUnits() != null ? table.warmReadUnits() : onDemand ? ON_DEMAND_WARM_READS : table.readCapacity();
            long writes = table.warmWriteUnits() != null ? table.warmWriteUnits() : onDemand ? ON_DEMAND_WARM_WRITES : table.writeCapacity();
            node.set("WarmThroughput", warm(reads, writes, moment == Moment.CREATED ? "UPDATING" : "ACTIVE"));
        }
        return node;
    }

    private static void indexes(TableDefinition table, Moment moment, String arn, boolean onDemand, ObjectNode node) {
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
                indexNode.put("IndexStatus", moment == Moment.CREATED ? "CREATING" : "ACTIVE");
                indexNode.set("ProvisionedThroughput", throughput(index.readCapacity(), index.writeCapacity()));
                if (moment == Moment.DESCRIBED) {
                    indexNode.set("WarmThroughput", warm(onDemand ? ON_DEMAND_WARM_READS : index.readCapacity(),
                            onDemand ? ON_DEMAND_WARM_WRITES : index.writeCapacity(), "ACTIVE"));
                }
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

    private static ObjectNode warm(long reads, long writes, String status) {
        return NODES.objectNode().put("ReadUnitsPerSecond", reads).put("Status", status).put("WriteUnitsPerSecond", writes);
    }
}
