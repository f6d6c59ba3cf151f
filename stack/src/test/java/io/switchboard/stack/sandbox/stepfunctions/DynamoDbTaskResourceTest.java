package io.switchboard.stack.sandbox.stepfunctions;

import static io.switchboard.stack.sandbox.stepfunctions.SfnFixture.assertSucceeded;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.stack.sandbox.asl.AslJson;
import io.switchboard.dynamodb.DynamoDbServer;
import io.switchboard.stack.sandbox.dynamodb.SandboxDynamoDbClient;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** The DynamoDB integration's four actions and its error names, against the sandbox's DynamoDB engine. */
class DynamoDbTaskResourceTest {
    private static final String ITEMS = """
            {"StartAt": "Put", "States": {
              "Put": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
                      "Parameters": {"TableName": "items", "Item": {"id": {"S.$": "$.id"}, "n": {"N": "1"}, "tags": {"SS": ["a", "b"]}},
                                     "ConditionExpression": "attribute_not_exists(id)"},
                      "ResultPath": null, "Next": "Update"},
              "Update": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:updateItem",
                      "Parameters": {"TableName": "items", "Key": {"id": {"S.$": "$.id"}},
                                     "UpdateExpression": "SET #n = #n + :one", "ExpressionAttributeNames": {"#n": "n"},
                                     "ExpressionAttributeValues": {":one": {"N": "1"}}, "ReturnValues": "UPDATED_NEW"},
                      "ResultSelector": {"n.$": "$.Attributes.n.N"}, "ResultPath": "$.updated", "Next": "Get"},
              "Get": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
                      "Parameters": {"TableName": "items", "Key": {"id": {"S.$": "$.id"}}, "ConsistentRead": true},
                      "ResultSelector": {"item.$": "$.Item"}, "ResultPath": "$.got", "Next": "Delete"},
              "Delete": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:deleteItem",
                      "Parameters": {"TableName": "items", "Key": {"id": {"S.$": "$.id"}}},
                      "ResultPath": null, "End": true}}}""";

    private static DynamoDbServer engine;
    private static DynamoDbClient dynamoDb;
    private final SfnFixture fixture = new SfnFixture(1.0, new DynamoDbTaskResource(dynamoDb));

    @BeforeAll
    static void startDynamoDb() {
        engine = DynamoDbServer.inMemory().start();
        dynamoDb = SandboxDynamoDbClient.forEndpoint(engine.endpoint());
        dynamoDb.createTable(b -> b.tableName("items").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
    }

    @AfterAll
    static void stopDynamoDb() {
        dynamoDb.close();
        engine.close();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void putUpdateGetDelete_useDynamoDbJsonLikeTheServiceIntegration() {
        DescribeExecutionResponse result = fixture.run(ITEMS, "{\"id\":\"k1\"}");

        assertSucceeded(result);
        JsonNode output = AslJson.parse(result.output());
        assertThat(output.at("/updated/n").asText()).isEqualTo("2");
        assertThat(output.at("/got/item/id/S").asText()).isEqualTo("k1");
        assertThat(output.at("/got/item/n/N").asText()).isEqualTo("2");
        assertThat(output.at("/got/item/tags/SS")).hasSize(2);
        assertThat(dynamoDb.getItem(b -> b.tableName("items").consistentRead(true)
                .key(Map.of("id", AttributeValue.fromS("k1")))).hasItem()).isFalse();
    }

    @Test
    void conditionFailure_isNamedDynamoDbConditionalCheckFailedException() {
        String definition = """
                {"StartAt": "Put", "States": {
                  "Put": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
                          "Parameters": {"TableName": "items", "Item": {"id": {"S": "dup"}}, "ConditionExpression": "attribute_not_exists(id)"},
                          "End": true}}}""";
        String machine = fixture.createMachine(definition);
        assertSucceeded(fixture.awaitEnd(fixture.start(machine, "{}")));

        DescribeExecutionResponse second = fixture.awaitEnd(fixture.start(machine, "{}"));

        assertThat(second.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(second.error()).isEqualTo("DynamoDB.ConditionalCheckFailedException");
        assertThat(second.cause()).contains("Error Code: ConditionalCheckFailedException");
    }

    @Test
    void missingTable_andNumberGivenAsJsonNumber_failTheTask() {
        DescribeExecutionResponse missing = fixture.run("""
                {"StartAt": "Put", "States": {"Put": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
                  "Parameters": {"TableName": "nope", "Item": {"id": {"S": "x"}}}, "End": true}}}""", "{}");
        DescribeExecutionResponse badNumber = fixture.run("""
                {"StartAt": "Put", "States": {"Put": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
                  "Parameters": {"TableName": "items", "Item": {"id": {"S": "x"}, "n": {"N.$": "$.n"}}}, "End": true}}}""", "{\"n\": 5}");

        assertThat(missing.error()).isEqualTo("DynamoDB.ResourceNotFoundException");
        assertThat(badNumber.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(badNumber.cause()).contains("'Item.n.N' must be a string");
    }
}
