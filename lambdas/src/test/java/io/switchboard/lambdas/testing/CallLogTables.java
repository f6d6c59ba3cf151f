package io.switchboard.lambdas.testing;

import static io.switchboard.lambdas.calllog.CallLogSchema.BY_CALLER_INDEX;
import static io.switchboard.lambdas.calllog.CallLogSchema.BY_DAY_INDEX;
import static io.switchboard.lambdas.calllog.CallLogSchema.CALLED_AT;
import static io.switchboard.lambdas.calllog.CallLogSchema.CALLER;
import static io.switchboard.lambdas.calllog.CallLogSchema.CONTACT_ID;
import static io.switchboard.lambdas.calllog.CallLogSchema.DAY;

import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Creates call-log tables shaped like the template's, one fresh table per test. */
public final class CallLogTables {
    private CallLogTables() {
    }

    public static String createFresh(DynamoDbClient dynamoDb) {
        String name = "calls-" + UUID.randomUUID();
        dynamoDb.createTable(b -> b.tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attr(CONTACT_ID), attr(CALLER), attr(DAY), attr(CALLED_AT))
                .keySchema(KeySchemaElement.builder().attributeName(CONTACT_ID).keyType(KeyType.HASH).build())
                .globalSecondaryIndexes(index(BY_CALLER_INDEX, CALLER), index(BY_DAY_INDEX, DAY)));
        return name;
    }

    private static AttributeDefinition attr(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static GlobalSecondaryIndex index(String name, String partition) {
        return GlobalSecondaryIndex.builder().indexName(name)
                .keySchema(KeySchemaElement.builder().attributeName(partition).keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName(CALLED_AT).keyType(KeyType.RANGE).build())
                .projection(p -> p.projectionType(ProjectionType.ALL))
                .build();
    }
}
