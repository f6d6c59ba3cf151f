package io.switchboard.lambdas.async;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.lambdas.testing.TestDynamoDb;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Issue 11, item 8: an execution that timed out or was aborted reaches the results table, so the next poll answers. */
class ExecutionEndedHandlerTest {
    private static final String ARN = "arn:aws:states:us-east-1:123456789012:execution:switchboard-async:c1-main";
    private static final AsyncRequest.Poll POLL = new AsyncRequest.Poll(ARN, 2, 20, 5);

    private final DynamoDbClient dynamoDb = TestDynamoDb.shared().client();
    private String table;
    private ExecutionEndedHandler handler;

    @BeforeEach
    void freshTable() {
        table = AsyncResultsTables.createFresh(dynamoDb);
        handler = new ExecutionEndedHandler(TestDynamoDb.shared().environment(Map.of("RESULTS_TABLE", table)));
    }

    @Test
    void timedOutExecution_theNextPollFinishesWithFailure() throws Exception {
        handler.handleRequest(statusChange("TIMED_OUT", "States.Timeout", "The execution timed out"), null);

        Map<String, Object> answer = AsyncProtocol.answer(POLL, new AsyncResults(dynamoDb, table).find(ARN));
        assertThat(answer).containsEntry("status", "FINISHED").containsEntry("sfn_result", "FAILURE")
                .containsEntry("error", "TIMED_OUT").containsEntry("count", "2");
        assertThat((String) answer.get("cause")).contains("timed out");
    }

    @Test
    void abortedExecution_theNextPollFinishesWithFailure() throws Exception {
        handler.handleRequest(statusChange("ABORTED", null, null), null);

        Map<String, Object> answer = AsyncProtocol.answer(POLL, new AsyncResults(dynamoDb, table).find(ARN));
        assertThat(answer).containsEntry("status", "FINISHED").containsEntry("sfn_result", "FAILURE")
                .containsEntry("error", "ABORTED");
        assertThat((String) answer.get("cause")).contains("stopped");
    }

    @Test
    void aResultTheStateMachineRecorded_isNeverOverwritten() throws Exception {
        AsyncResultsTables.putSucceeded(dynamoDb, table, ARN, "{\"balance\":\"1.00\"}");

        Map<String, String> reply = handler.handleRequest(statusChange("ABORTED", null, null), null);

        assertThat(reply).containsEntry("recorded", "false");
        assertThat(AsyncProtocol.answer(POLL, new AsyncResults(dynamoDb, table).find(ARN)))
                .containsEntry("sfn_result", "SUCCESS").containsEntry("balance", "1.00");
    }

    @Test
    void otherStatusesAndOtherEvents_areIgnored() throws Exception {
        assertThat(handler.handleRequest(statusChange("SUCCEEDED", null, null), null)).containsEntry("recorded", "false");
        assertThat(handler.handleRequest(Map.of("detail-type", "Something Else"), null)).containsEntry("recorded", "false");
        assertThat(new AsyncResults(dynamoDb, table).find(ARN).state()).isEqualTo(ExecutionResult.State.PENDING);
    }

    /** The event EventBridge delivers for the wrapper's state machine (detail.input is the execution input as text). */
    private static Map<String, Object> statusChange(String status, String error, String cause) throws Exception {
        String json = """
                {"version":"0","id":"6f1b7c1e-0000-4000-8000-000000000001",
                 "detail-type":"Step Functions Execution Status Change","source":"aws.states",
                 "account":"123456789012","time":"2026-12-04T17:00:00Z","region":"us-east-1",
                 "resources":["%s"],
                 "detail":{"executionArn":"%s",
                   "stateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:switchboard-async",
                   "name":"c1-main","status":"%s","startDate":1796403600000,"stopDate":1796404500000,
                   "input":"{\\"event\\":{},\\"expires_at\\":\\"1796490000\\"}","inputDetails":{"included":true},
                   "output":null,"outputDetails":null,"error":%s,"cause":%s}}
                """.formatted(ARN, ARN, status, error == null ? "null" : "\"" + error + "\"",
                cause == null ? "null" : "\"" + cause + "\"");
        return new ObjectMapper().readValue(json, new TypeReference<Map<String, Object>>() { });
    }
}
