package io.switchboard.stack.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.stack.deploy.DeployListener;
import io.switchboard.stack.deploy.DeployProgress;
import io.switchboard.stack.deploy.StackEventRecord;
import io.switchboard.stack.testing.SandboxClients;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** The sandbox as Connect would use it: real SDK clients, the template's functions and state machine. */
class SandboxEndToEndTest {
    private static final List<StackEventRecord> EVENTS = new ArrayList<>();
    private static final List<DeployProgress> PROGRESS = new ArrayList<>();
    private static Sandbox sandbox;
    private static SandboxClients clients;
    private static String wrapper;

    @BeforeAll
    static void startSandbox() {
        DeployListener listener = new DeployListener() {
            @Override
            public void onEvent(StackEventRecord event) {
                EVENTS.add(event);
            }

            @Override
            public void onProgress(DeployProgress progress) {
                PROGRESS.add(progress);
            }
        };
        sandbox = Sandbox.start(SandboxOptions.inMemory().withParameters(Map.of("SlowLookupDelayMs", "300")), listener);
        clients = new SandboxClients(sandbox);
        wrapper = sandbox.outputs().get("AsyncWrapperFunctionAliasArn");
    }

    @AfterAll
    static void stopSandbox() {
        clients.close();
        sandbox.close();
    }

    @Test
    void provisioning_reportsEveryResourceAndEndsComplete_likeADeployment() {
        assertThat(sandbox.outputs()).containsKeys("VanityFunctionAliasArn", "AsyncWrapperFunctionAliasArn",
                "AsyncStateMachineArn", "CallsTableName", "AsyncResultsTableName");
        assertThat(sandbox.outputs().get("CallsTableName")).isEqualTo("switchboard-calls");
        assertThat(PROGRESS.get(PROGRESS.size() - 1).fraction()).isEqualTo(1.0);
        assertThat(EVENTS.get(EVENTS.size() - 1).status()).isEqualTo("CREATE_COMPLETE");
        assertThat(EVENTS).anySatisfy(e -> assertThat(e.status()).isEqualTo("CREATE_SKIPPED"));
    }

    @Test
    void vanityCall_throughTheLambdaApi_answersFlowersAndLandsInTheCallLog() {
        String contactId = UUID.randomUUID().toString();
        Map<String, String> answer = clients.invoke(sandbox.outputs().get("VanityFunctionAliasArn"),
                SandboxClients.event("vanity-call.json", contactId, Map.of()));

        assertThat(answer).containsEntry("status", "OK").containsEntry("vanity1", "1-800-FLOWERS");
        Map<String, AttributeValue> item = clients.dynamoDb.getItem(b -> b.tableName("switchboard-calls")
                .key(Map.of("contact_id", AttributeValue.fromS(contactId)))).item();
        assertThat(item.get("caller").s()).isEqualTo("+18003569377");
    }

    @Test
    void asyncCall_startThenPoll_reachesSuccessWithTheLookupOutputMerged() throws Exception {
        String contactId = UUID.randomUUID().toString();
        Map<String, String> start = clients.invoke(wrapper,
                SandboxClients.event("async-start.json", contactId, Map.of("step", "balance")));
        assertThat(start).containsEntry("status", "CREATED").containsEntry("count", "1");

        Map<String, String> last = pollUntilFinished(start, "20", "3");

        assertThat(last).containsEntry("status", "FINISHED").containsEntry("sfn_result", "SUCCESS");
        assertThat(last.get("balance")).matches("\\d+\\.\\d{2}");
        assertThat(last.get("execution_id")).isEqualTo(start.get("execution_id"));
    }

    @Test
    void asyncCall_comfortIsTrueOnEveryCountComfortThPoll() throws Exception {
        String contactId = UUID.randomUUID().toString();
        Map<String, String> state = clients.invoke(wrapper,
                SandboxClients.event("async-start.json", contactId, Map.of("delay_ms", "1500")));
        List<String> comfortAtCounts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            state = poll(state, "20", "2");
            if ("true".equals(state.get("comfort"))) {
                comfortAtCounts.add(state.get("count"));
            }
        }
        assertThat(comfortAtCounts).containsExactly("2", "4", "6");
    }

    @Test
    void asyncCall_whenTheFunctionFails_endsInFailure() throws Exception {
        String contactId = UUID.randomUUID().toString();
        Map<String, String> start = clients.invoke(wrapper,
                SandboxClients.event("async-start.json", contactId, Map.of("fail", "true")));

        Map<String, String> last = pollUntilFinished(start, "20", "10");

        assertThat(last).containsEntry("status", "FINISHED").containsEntry("sfn_result", "FAILURE");
        var execution = clients.stepFunctions.describeExecution(b -> b.executionArn(start.get("execution_id")));
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("WrappedFunctionFailed");
    }

    @Test
    void asyncCall_pastCountMax_isLoopDone() throws Exception {
        String contactId = UUID.randomUUID().toString();
        Map<String, String> state = clients.invoke(wrapper,
                SandboxClients.event("async-start.json", contactId, Map.of("delay_ms", "5000")));
        for (int i = 0; i < 3 && !"LOOP_DONE".equals(state.get("status")); i++) {
            state = poll(state, "2", "10");
        }
        assertThat(state).containsEntry("status", "LOOP_DONE").containsEntry("sfn_result", "FAILURE")
                .containsEntry("count", "DONE");
    }

    @Test
    void connectRetriesTheStart_oneExecutionOnly() {
        String contactId = UUID.randomUUID().toString();
        var event = SandboxClients.event("async-start.json", contactId, Map.of("step", "retry"));
        Map<String, String> first = clients.invoke(wrapper, event);
        Map<String, String> retried = clients.invoke(wrapper, event);

        assertThat(retried.get("execution_id")).isEqualTo(first.get("execution_id"));
        long executions = clients.stepFunctions.listExecutionsPaginator(b -> b.stateMachineArn(
                        sandbox.outputs().get("AsyncStateMachineArn")))
                .executions().stream().filter(e -> e.name().startsWith(contactId)).count();
        assertThat(executions).isEqualTo(1);
    }

    private Map<String, String> pollUntilFinished(Map<String, String> start, String countMax, String countComfort)
            throws InterruptedException {
        Map<String, String> state = start;
        for (int i = 0; i < 40 && !isDone(state); i++) {
            Thread.sleep(150);
            state = poll(state, countMax, countComfort);
        }
        return state;
    }

    private static boolean isDone(Map<String, String> state) {
        return List.of("FINISHED", "LOOP_DONE", "ERROR").contains(state.get("status"));
    }

    private Map<String, String> poll(Map<String, String> previous, String countMax, String countComfort) {
        Map<String, String> params = new HashMap<>();
        params.put("execution_id", previous.get("execution_id"));
        params.put("count", previous.get("count"));
        params.put("count_max", countMax);
        params.put("count_comfort", countComfort);
        return clients.invoke(wrapper, SandboxClients.event("async-poll.json", UUID.randomUUID().toString(), params));
    }
}
