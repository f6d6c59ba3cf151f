package io.switchboard.stack.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.stack.deploy.DeployListener;
import io.switchboard.stack.testing.SandboxClients;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Issue 11, items 8–10, end to end in the sandbox: a stopped execution answers at the next poll without
 * any poll calling Step Functions (EventBridge rule → ExecutionEndedHandler → results table), a JSON
 * response keeps the function's nesting, and a start past count_max starts nothing.
 */
class AsyncWrapperEndingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Sandbox sandbox;
    private static SandboxClients clients;
    private static String wrapper;
    private static String stateMachine;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(SandboxOptions.inMemory().withParameters(Map.of("SlowLookupDelayMs", "100")), DeployListener.NONE);
        clients = new SandboxClients(sandbox);
        wrapper = sandbox.outputs().get("AsyncWrapperFunctionAliasArn");
        stateMachine = sandbox.outputs().get("AsyncStateMachineArn");
    }

    @AfterAll
    static void stopSandbox() {
        if (clients != null) {
            clients.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void abortedExecution_finishesWithFailureAtTheNextPoll_withoutAnyPollCallingStepFunctions() throws Exception {
        String contactId = UUID.randomUUID().toString();
        Map<String, String> start = clients.invoke(wrapper,
                SandboxClients.event("async-start.json", contactId, Map.of("delay_ms", "60000")));
        String execution = start.get("execution_id");
        assertThat(poll(execution, "1")).containsEntry("status", "RUNNING");

        clients.stepFunctions.stopExecution(b -> b.executionArn(execution).error("Caller.HungUp").cause("The caller hung up"));
        sandbox.resetStepFunctionsRequestCounts();
        Map<String, String> answer = poll(execution, "1");
        for (int i = 0; i < 50 && "RUNNING".equals(answer.get("status")); i++) {
            Thread.sleep(100);
            answer = poll(execution, "1");
        }

        assertThat(answer).containsEntry("status", "FINISHED").containsEntry("sfn_result", "FAILURE")
                .containsEntry("error", "ABORTED").containsEntry("count", "2");
        assertThat(answer.get("cause")).contains("The caller hung up");
        assertThat(sandbox.stepFunctionsRequestCounts()).as("Step Functions calls made by the polls").isEmpty();
    }

    @Test
    void afterADeferredStart_theFirstPollStartsTheExecutionItNames_andTheCallFinishes() throws Exception {
        String contactId = UUID.randomUUID().toString();
        // What a deferred start answers: the ARN the execution will have, nothing started, count 0.
        String execution = stateMachine.replace(":stateMachine:", ":execution:") + ":" + contactId + "-main";
        assertThat(executionsOf(contactId)).isEmpty();

        Map<String, String> answer = poll(execution, "0");
        for (int i = 0; i < 50 && "RUNNING".equals(answer.get("status")); i++) {
            Thread.sleep(100);
            answer = poll(execution, answer.get("count"));
        }

        assertThat(answer).containsEntry("status", "FINISHED").containsEntry("sfn_result", "SUCCESS")
                .containsEntry("execution_id", execution);
        assertThat(executionsOf(contactId)).containsExactly(contactId + "-main");
    }

    @Test
    void responseJson_answersTheLookupsOutputNestedForAJsonValidatingFlow() throws Exception {
        String contactId = UUID.randomUUID().toString();
        Map<String, String> start = clients.invoke(wrapper,
                SandboxClients.event("async-start.json", contactId, Map.of("response", "json")));
        JsonNode answer = null;
        for (int i = 0; i < 50 && (answer == null || "RUNNING".equals(answer.path("status").asText())); i++) {
            Thread.sleep(100);
            answer = rawPoll(Map.of("execution_id", start.get("execution_id"), "count", "1", "count_max", "20",
                    "response", "json"));
        }

        assertThat(answer.path("status").asText()).isEqualTo("FINISHED");
        assertThat(answer.path("sfn_result").asText()).isEqualTo("SUCCESS");
        assertThat(answer.path("account").path("type").asText()).isIn("current", "savings");
        assertThat(answer.path("account").path("last4").asText()).as("the caller +447700900123").isEqualTo("0123");
        assertThat(answer.has("account.type")).isFalse();
    }

    @Test
    void startCallPastCountMax_isLoopDoneAndStartsNoExecution() {
        String contactId = UUID.randomUUID().toString();

        Map<String, String> answer = clients.invoke(wrapper,
                SandboxClients.event("async-start.json", contactId, Map.of("count", "9", "count_max", "5")));

        assertThat(answer).containsEntry("status", "LOOP_DONE").containsEntry("sfn_result", "FAILURE").containsEntry("count", "DONE");
        assertThat(executionsOf(contactId)).isEmpty();
    }

    @Test
    void countMaxZeroOrANegativeCount_isAnErrorAndStartsNoExecution() {
        String contactId = UUID.randomUUID().toString();

        for (Map<String, String> parameters : List.of(Map.of("count_max", "0"), Map.of("count", "-1"))) {
            Map<String, String> answer = clients.invoke(wrapper, SandboxClients.event("async-start.json", contactId, parameters));

            assertThat(answer).as(parameters.toString()).containsEntry("status", "ERROR").containsEntry("sfn_result", "FAILURE");
        }
        assertThat(executionsOf(contactId)).isEmpty();
    }

    @Test
    void replayedPollOfAnExecutionThatDoesNotExist_isAnErrorAtTheFirstPoll_notRunningUntilTheLast() throws Exception {
        String nobody = stateMachine.replace(":stateMachine:", ":execution:") + ":" + UUID.randomUUID() + "-main";

        JsonNode answer = rawPoll(Map.of("execution_id", nobody, "count", "3", "count_max", "20"));

        assertThat(answer.path("status").asText()).isEqualTo("ERROR");
        assertThat(answer.path("sfn_result").asText()).isEqualTo("FAILURE");
        assertThat(answer.path("error").asText()).contains("does not exist").contains("Execution Does Not Exist").doesNotContain("Request ID");
        assertThat(executionsOf(nobody.substring(nobody.lastIndexOf(':') + 1, nobody.length() - "-main".length()))).isEmpty();
    }

    @Test
    void replayedPollOfARunningExecution_fromAnotherContact_isRunning() throws Exception {
        String contactId = UUID.randomUUID().toString();
        Map<String, String> start = clients.invoke(wrapper,
                SandboxClients.event("async-start.json", contactId, Map.of("delay_ms", "60000")));

        JsonNode answer = rawPoll(Map.of("execution_id", start.get("execution_id"), "count", "3", "count_max", "20"));

        assertThat(answer.path("status").asText()).isEqualTo("RUNNING");
        clients.stepFunctions.stopExecution(b -> b.executionArn(start.get("execution_id")));
    }

    private static Map<String, String> poll(String execution, String count) {
        String contactId = execution.substring(execution.lastIndexOf(':') + 1).replaceFirst("-main$", "");
        return clients.invoke(wrapper, SandboxClients.event("async-poll.json", contactId,
                Map.of("execution_id", execution, "count", count, "count_max", "20")));
    }

    private static JsonNode rawPoll(Map<String, String> parameters) throws Exception {
        String event = SandboxClients.event("async-poll.json", UUID.randomUUID().toString(), parameters).toString();
        String payload = clients.lambda.invoke(b -> b.functionName(wrapper).payload(SdkBytes.fromUtf8String(event)))
                .payload().asUtf8String();
        return JSON.readTree(payload);
    }

    private static List<String> executionsOf(String contactId) {
        return clients.stepFunctions.listExecutionsPaginator(b -> b.stateMachineArn(stateMachine)).executions().stream()
                .map(e -> e.name()).filter(name -> name.startsWith(contactId)).toList();
    }
}
