package io.switchboard.lambdas.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.lambdas.aws.AwsClients;
import io.switchboard.lambdas.testing.TestDynamoDb;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

class AsyncResultsTest {
    private static final String ARN = "arn:aws:states:us-east-1:123456789012:execution:switchboard-async:c1-main";
    private static final AsyncRequest.Poll POLL = new AsyncRequest.Poll(ARN, 2, 5, 10);

    private final DynamoDbClient dynamoDb = TestDynamoDb.shared().client();
    private String table;
    private AsyncResults results;

    @BeforeEach
    void freshTable() {
        table = AsyncResultsTables.createFresh(dynamoDb);
        results = new AsyncResults(dynamoDb, table);
    }

    @Test
    void find_succeededItem_answersSuccessWithTheOutputMerged() {
        AsyncResultsTables.putSucceeded(dynamoDb, table, ARN,
                "{\"balance\":\"142.57\",\"currency\":\"GBP\",\"account\":{\"type\":\"current\",\"last4\":\"0123\"}}");

        ExecutionResult result = results.find(ARN);

        assertThat(result.state()).isEqualTo(ExecutionResult.State.SUCCEEDED);
        assertThat(AsyncProtocol.answer(POLL, result)).containsEntry("status", "FINISHED").containsEntry("sfn_result", "SUCCESS")
                .containsEntry("balance", "142.57").containsEntry("currency", "GBP").containsEntry("account.last4", "0123")
                .containsEntry("execution_id", ARN).containsEntry("count", "2");
    }

    @Test
    void find_failedItem_answersFailureWithErrorAndCause() {
        AsyncResultsTables.putFailed(dynamoDb, table, ARN, "SlowLookupFailedException", "{\"errorMessage\":\"asked to fail\"}");

        ExecutionResult result = results.find(ARN);

        assertThat(result).isEqualTo(ExecutionResult.failed("SlowLookupFailedException", "{\"errorMessage\":\"asked to fail\"}"));
        assertThat(AsyncProtocol.answer(POLL, result)).containsEntry("status", "FINISHED").containsEntry("sfn_result", "FAILURE")
                .containsEntry("error", "SlowLookupFailedException");
    }

    @Test
    void find_noItemYet_answersRunning() {
        AsyncResultsTables.putSucceeded(dynamoDb, table, ARN + "-other", "{}");

        ExecutionResult result = results.find(ARN);

        assertThat(result.state()).isEqualTo(ExecutionResult.State.PENDING);
        assertThat(AsyncProtocol.answer(POLL, result)).containsEntry("status", "RUNNING").containsEntry("sfn_result", "");
    }

    @Test
    void find_missingTable_isThrownForAnEngineerNotRetried() {
        AsyncResults missing = new AsyncResults(dynamoDb, "no-such-table");

        assertThatThrownBy(() -> missing.find(ARN)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void find_dynamoDbUnreachable_isBusySoTheFlowPollsAgain() throws Exception {
        Map<String, String> env = Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "k", "AWS_SECRET_ACCESS_KEY", "s",
                "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:" + TestDynamoDb.closedPort());
        try (DynamoDbClient unreachable = new AwsClients(env).dynamoDb()) {
            ExecutionResult result = new AsyncResults(unreachable, table).find(ARN);

            assertThat(result.state()).isEqualTo(ExecutionResult.State.BUSY);
        }
    }
}
