package io.switchboard.lambdas.async;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.lambdas.testing.TestDynamoDb;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The handler against the sample Connect events, Switchboard's DynamoDB engine as the results table, and a Step
 * Functions endpoint nobody listens on (the local Step Functions server lives on another branch;
 * end-to-end start/describe tests come with it).
 */
class AsyncWrapperHandlerTest {
    private static final String STATE_MACHINE = "arn:aws:states:eu-west-2:111122223333:stateMachine:switchboard-async";
    /** The execution_id in connect-events/async-poll.json. */
    private static final String SAMPLE_EXECUTION =
            "arn:aws:states:eu-west-2:111122223333:execution:switchboard-async:9d2e4f60-1b7a-4c3e-8f5d-6a0b1c2d3e4f-lookup";
    private static final String[] CONTROL_KEYS =
            {"execution_id", "status", "sfn_result", "count", "count_max", "count_comfort", "comfort"};

    private final DynamoDbClient dynamoDb = TestDynamoDb.shared().client();
    private String table;
    private AsyncWrapperHandler handler;

    @BeforeEach
    void freshTable() throws Exception {
        table = AsyncResultsTables.createFresh(dynamoDb);
        handler = new AsyncWrapperHandler(TestDynamoDb.shared().environment(Map.of(
                "STATE_MACHINE_ARN", STATE_MACHINE,
                "RESULTS_TABLE", table,
                "AWS_ENDPOINT_URL_SFN", "http://127.0.0.1:" + TestDynamoDb.closedPort())));
    }

    @Test
    void poll_whenTheResultIsRecorded_finishesWithTheLookupsOutput() throws Exception {
        AsyncResultsTables.putSucceeded(dynamoDb, table, SAMPLE_EXECUTION,
                "{\"balance\":\"142.57\",\"currency\":\"GBP\",\"account\":{\"type\":\"current\",\"last4\":\"0123\"}}");

        Map<String, Object> reply = handler.handleRequest(event("async-poll.json"), null);

        assertThat(reply).containsKeys(CONTROL_KEYS)
                .containsEntry("execution_id", SAMPLE_EXECUTION).containsEntry("status", "FINISHED")
                .containsEntry("sfn_result", "SUCCESS").containsEntry("count", "4").containsEntry("count_max", "20")
                .containsEntry("count_comfort", "5").containsEntry("comfort", "false")
                .containsEntry("balance", "142.57").containsEntry("account.type", "current");
        assertAllStrings(reply);
    }

    @Test
    void poll_whenTheLookupFailed_finishesWithFailure() throws Exception {
        AsyncResultsTables.putFailed(dynamoDb, table, SAMPLE_EXECUTION, "SlowLookupFailedException", "asked to fail");

        Map<String, Object> reply = handler.handleRequest(event("async-poll.json"), null);

        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("status", "FINISHED").containsEntry("sfn_result", "FAILURE")
                .containsEntry("error", "SlowLookupFailedException").containsEntry("cause", "asked to fail");
    }

    @Test
    void poll_whileNothingIsRecorded_isRunningWithoutAskingStepFunctions() throws Exception {
        Map<String, Object> reply = handler.handleRequest(event("async-poll.json"), null);

        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("status", "RUNNING").containsEntry("sfn_result", "")
                .containsEntry("count", "4");
        assertAllStrings(reply);
    }

    @Test
    void poll_onAFallbackPollWithStepFunctionsUnreachable_isStillRunning() throws Exception {
        Map<String, Object> event = event("async-poll.json");
        parameters(event).put("count", "2");

        Map<String, Object> reply = handler.handleRequest(event, null);

        assertThat(reply).containsEntry("status", "RUNNING").containsEntry("count", "3").doesNotContainKey("error");
    }

    @Test
    void poll_onTheComfortCall_asksForComfort() throws Exception {
        Map<String, Object> event = event("async-poll.json");
        parameters(event).put("count", "9");

        assertThat(handler.handleRequest(event, null)).containsEntry("count", "10").containsEntry("comfort", "true");
    }

    @Test
    void poll_pastCountMax_isLoopDoneWithoutReadingAnything() throws Exception {
        AsyncResultsTables.putSucceeded(dynamoDb, table, SAMPLE_EXECUTION, "{\"balance\":\"1.00\"}");
        Map<String, Object> event = event("async-poll.json");
        parameters(event).put("count", "20");

        Map<String, Object> reply = handler.handleRequest(event, null);

        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("status", "LOOP_DONE").containsEntry("sfn_result", "FAILURE")
                .containsEntry("count", "DONE").doesNotContainKey("balance");
    }

    @Test
    void poll_withABadCount_isAnErrorNamingIt() throws Exception {
        Map<String, Object> event = event("async-poll.json");
        parameters(event).put("count", "three");

        Map<String, Object> reply = handler.handleRequest(event, null);

        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("status", "ERROR").containsEntry("count", "three");
        assertThat((String) reply.get("error")).startsWith("count must be a whole number");
    }

    @Test
    void start_whenStepFunctionsIsUnreachable_answersRunningWithTheArnTheExecutionWillHave() throws Exception {
        Map<String, Object> reply = handler.handleRequest(event("async-start.json"), null);

        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("status", "RUNNING")
                .containsEntry("sfn_result", "").containsEntry("count_max", "5").containsEntry("count_comfort", "10")
                .containsEntry("comfort", "false");
        assertThat(reply.get("execution_id").toString())
                .startsWith("arn:aws:states:eu-west-2:111122223333:execution:switchboard-async:");
        assertAllStrings(reply);
    }

    @Test
    void start_withoutContactId_isAnError() throws Exception {
        Map<String, Object> event = event("async-start.json");
        contactData(event).remove("ContactId");

        Map<String, Object> reply = handler.handleRequest(event, null);

        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("status", "ERROR").containsEntry("execution_id", "");
        assertThat((String) reply.get("error")).contains("ContactId");
    }

    @Test
    void anythingButAConnectEvent_isAnErrorWithEveryKey() {
        Map<String, Object> reply = handler.handleRequest(Map.of("hello", "world"), null);

        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("status", "ERROR");
        assertThat(handler.handleRequest(null, null)).containsKeys(CONTROL_KEYS).containsEntry("status", "ERROR");
    }

    @Test
    void poll_whenTheResultsTableIsMissing_isAnErrorNotAnEndlessWait() throws Exception {
        AsyncWrapperHandler misconfigured = new AsyncWrapperHandler(TestDynamoDb.shared().environment(Map.of(
                "STATE_MACHINE_ARN", STATE_MACHINE, "RESULTS_TABLE", "no-such-table")));

        Map<String, Object> reply = misconfigured.handleRequest(event("async-poll.json"), null);

        assertThat(reply).containsKeys(CONTROL_KEYS).containsEntry("status", "ERROR").containsEntry("count", "4");
        assertThat((String) reply.get("error")).contains("ResourceNotFoundException");
    }

    private static void assertAllStrings(Map<String, Object> reply) {
        Map<?, ?> raw = reply;
        assertThat(raw.values()).allSatisfy(value -> assertThat(value).isInstanceOf(String.class));
    }

    static Map<String, Object> event(String name) throws Exception {
        try (InputStream in = AsyncWrapperHandlerTest.class.getResourceAsStream("/connect-events/" + name)) {
            return new ObjectMapper().readValue(in, new TypeReference<HashMap<String, Object>>() { });
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parameters(Map<String, Object> event) {
        return (Map<String, Object>) ((Map<String, Object>) event.get("Details")).get("Parameters");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contactData(Map<String, Object> event) {
        return (Map<String, Object>) ((Map<String, Object>) event.get("Details")).get("ContactData");
    }
}
