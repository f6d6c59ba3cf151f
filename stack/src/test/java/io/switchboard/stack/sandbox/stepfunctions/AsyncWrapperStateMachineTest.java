package io.switchboard.stack.sandbox.stepfunctions;

import static io.switchboard.stack.sandbox.stepfunctions.SfnFixture.assertSucceeded;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.stack.sandbox.asl.AslJson;
import io.switchboard.stack.sandbox.asl.LambdaInvocation;
import io.switchboard.dynamodb.DynamoDbServer;
import io.switchboard.stack.sandbox.dynamodb.SandboxDynamoDbClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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

/** The real async-wrapper definition, its function in-test and its results table in the sandbox's DynamoDB engine. */
class AsyncWrapperStateMachineTest {
    private static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:000000000000:function:slow-lookup";
    private static final String TABLE = "switchboard-async-results";
    private static final String INPUT = """
            {"event": {"Name": "ContactFlowEvent", "Details": {"ContactData": {"ContactId": "c-123",
               "CustomerEndpoint": {"Address": "+18003569377", "Type": "TELEPHONE_NUMBER"}}, "Parameters": {}}},
             "expires_at": "1893456000"}""";

    private static DynamoDbServer engine;
    private static DynamoDbClient dynamoDb;
    private SfnFixture fixture;
    private String machineArn;

    @BeforeAll
    static void startDynamoDb() {
        engine = DynamoDbServer.inMemory().start();
        dynamoDb = SandboxDynamoDbClient.forEndpoint(engine.endpoint());
        dynamoDb.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("execution_id").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("execution_id").keyType(KeyType.HASH).build()));
    }

    @AfterAll
    static void stopDynamoDb() {
        dynamoDb.close();
        engine.close();
    }

    @BeforeEach
    void createStateMachine() throws IOException {
        fixture = new SfnFixture(1.0, new DynamoDbTaskResource(dynamoDb));
        String definition = Files.readString(Path.of("statemachines/async-wrapper.asl.json"))
                .replace("${WrappedFunctionArn}", FUNCTION_ARN)
                .replace("${AsyncResultsTable}", TABLE);
        machineArn = fixture.createMachine(definition);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void wrappedFunctionSucceeds_writesSucceededItemAndReturnsItsOutput() {
        AtomicReference<JsonNode> received = new AtomicReference<>();
        fixture.functions.define("slow-lookup", payload -> {
            received.set(payload);
            return LambdaInvocation.success(AslJson.parse("{\"vanity1\":\"1-800-FLOWERS\",\"count\":\"1\"}"));
        });

        DescribeExecutionResponse result = fixture.awaitEnd(fixture.start(machineArn, INPUT));

        assertSucceeded(result);
        assertThat(AslJson.parse(result.output())).isEqualTo(AslJson.parse("{\"vanity1\":\"1-800-FLOWERS\",\"count\":\"1\"}"));
        assertThat(received.get()).isEqualTo(AslJson.parse(INPUT).get("event"));
        Map<String, AttributeValue> item = item(result.executionArn());
        assertThat(item.get("status").s()).isEqualTo("SUCCEEDED");
        assertThat(AslJson.parse(item.get("output").s())).isEqualTo(AslJson.parse(result.output()));
        assertThat(item.get("expires_at").n()).isEqualTo("1893456000");
        assertThat(item).doesNotContainKeys("error", "cause");
    }

    @Test
    void wrappedFunctionFails_writesFailedItemAndFailsWithWrappedFunctionFailed() {
        fixture.functions.define("slow-lookup", payload -> LambdaInvocation.failure("java.lang.IllegalStateException", "no vanity today"));

        DescribeExecutionResponse result = fixture.awaitEnd(fixture.start(machineArn, INPUT));

        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("WrappedFunctionFailed");
        Map<String, AttributeValue> item = item(result.executionArn());
        assertThat(item.get("status").s()).isEqualTo("FAILED");
        assertThat(item.get("error").s()).isEqualTo("java.lang.IllegalStateException");
        assertThat(AslJson.parse(item.get("cause").s()).get("errorMessage").asText()).isEqualTo("no vanity today");
        assertThat(item.get("expires_at").n()).isEqualTo("1893456000");
        assertThat(item).doesNotContainKey("output");
        assertThat(fixture.functions.calls()).hasSize(1);
        assertThat(fixture.eventTypes(result.executionArn())).containsSubsequence("TaskFailed",
                "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited",
                "FailStateEntered", "ExecutionFailed");
    }

    private static Map<String, AttributeValue> item(String executionArn) {
        return dynamoDb.getItem(b -> b.tableName(TABLE).consistentRead(true)
                .key(Map.of("execution_id", AttributeValue.fromS(executionArn)))).item();
    }
}
