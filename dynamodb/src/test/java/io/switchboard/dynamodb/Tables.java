package io.switchboard.dynamodb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Tables the tests create through the SDK. */
final class Tables {
    private Tables() {
    }

    static void hashOnly(DynamoDbClient client, String name, String hash, ScalarAttributeType type) {
        client.createTable(request -> request.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName(hash).attributeType(type).build())
                .keySchema(KeySchemaElement.builder().attributeName(hash).keyType(KeyType.HASH).build()));
    }

    static void hashAndRange(DynamoDbClient client, String name, String hash, ScalarAttributeType hashType,
                             String range, ScalarAttributeType rangeType) {
        client.createTable(request -> request.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName(hash).attributeType(hashType).build(),
                        AttributeDefinition.builder().attributeName(range).attributeType(rangeType).build())
                .keySchema(KeySchemaElement.builder().attributeName(hash).keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName(range).keyType(KeyType.RANGE).build()));
    }
}
