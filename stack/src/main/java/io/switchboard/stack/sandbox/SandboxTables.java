package io.switchboard.stack.sandbox;

import io.switchboard.stack.template.TablePlan;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/** Creates the template's tables in the sandbox's DynamoDB engine (kept as they are when they already exist). */
final class SandboxTables {
    private final DynamoDbClient dynamoDb;

    SandboxTables(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** @return true when created, false when it already existed (a persisted sandbox restarting) */
    boolean create(TablePlan table) {
        try {
            dynamoDb.createTable(b -> b.tableName(table.name())
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(table.attributeDefinitions().entrySet().stream()
                            .map(e -> AttributeDefinition.builder().attributeName(e.getKey()).attributeType(e.getValue()).build())
                            .toList())
                    .keySchema(keys(table.keySchema()))
                    .globalSecondaryIndexes(table.globalSecondaryIndexes().isEmpty() ? null : table.globalSecondaryIndexes().stream()
                            .map(SandboxTables::index).toList()));
        } catch (ResourceInUseException exists) {
            return false;
        }
        table.timeToLive().ifPresent(attribute -> dynamoDb.updateTimeToLive(b -> b.tableName(table.name())
                .timeToLiveSpecification(t -> t.attributeName(attribute).enabled(true))));
        return true;
    }

    private static GlobalSecondaryIndex index(TablePlan.GlobalSecondaryIndex index) {
        Projection.Builder projection = Projection.builder().projectionType(index.projectionType());
        if (index.nonKeyAttributes() != null && !index.nonKeyAttributes().isEmpty()) {
            projection.nonKeyAttributes(index.nonKeyAttributes());
        }
        return GlobalSecondaryIndex.builder().indexName(index.indexName())
                .keySchema(keys(index.keySchema())).projection(projection.build()).build();
    }

    private static List<KeySchemaElement> keys(Map<String, String> schema) {
        return schema.entrySet().stream()
                .map(e -> KeySchemaElement.builder().attributeName(e.getKey()).keyType(e.getValue()).build())
                .toList();
    }
}
