package io.switchboard.lambdas.async;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Async results tables shaped like the template's, and items shaped like the state machine writes them. */
final class AsyncResultsTables {
    private AsyncResultsTables() {
    }

    static String createFresh(DynamoDbClient dynamoDb) {
        String name = "async-results-" + UUID.randomUUID();
        dynamoDb.createTable(b -> b.tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("execution_id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("execution_id").keyType(KeyType.HASH)));
        return name;
    }

    /** What {@code RecordSuccess} in async-wrapper.asl.json puts. */
    static void putSucceeded(DynamoDbClient dynamoDb, String table, String executionArn, String outputJson) {
        put(dynamoDb, table, executionArn, Map.of("status", "SUCCEEDED", "output", outputJson));
    }

    /** What {@code RecordFailure} in async-wrapper.asl.json puts. */
    static void putFailed(DynamoDbClient dynamoDb, String table, String executionArn, String error, String cause) {
        put(dynamoDb, table, executionArn, Map.of("status", "FAILED", "error", error, "cause", cause));
    }

    private static void put(DynamoDbClient dynamoDb, String table, String executionArn, Map<String, String> values) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("execution_id", AttributeValue.fromS(executionArn));
        item.put("expires_at", AttributeValue.fromN("1800000000"));
        values.forEach((k, v) -> item.put(k, AttributeValue.fromS(v)));
        dynamoDb.putItem(b -> b.tableName(table).item(item));
    }
}
