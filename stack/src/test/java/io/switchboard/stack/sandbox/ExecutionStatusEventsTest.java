package io.switchboard.stack.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.stack.sandbox.asl.LambdaInvocation;
import io.switchboard.stack.sandbox.asl.LambdaTaskResource;
import io.switchboard.stack.sandbox.asl.TaskResources;
import io.switchboard.stack.sandbox.lambda.FunctionInvoker;
import io.switchboard.stack.sandbox.lambda.InvocationResult;
import io.switchboard.stack.sandbox.stepfunctions.StepFunctionsSandbox;
import io.switchboard.stack.template.ExecutionStatusRulePlan;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The sandbox's EventBridge for execution status changes: an execution that times out or is stopped
 * reaches the rule's target function with the event AWS delivers; other statuses and other state
 * machines do not. Executions run in the sandbox's Step Functions through a real SfnClient.
 */
class ExecutionStatusEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TARGET = "arn:aws:lambda:us-east-1:000000000000:function:recorder:live";

    /** What the rule's target function received. */
    private final List<JsonNode> delivered = new CopyOnWriteArrayList<>();
    private StepFunctionsSandbox stepFunctions;
    private SfnClient sfn;

    @BeforeEach
    void start() {
        stepFunctions = new StepFunctionsSandbox(StepFunctionsSandbox.Settings.defaults(),
                TaskResources.of(new LambdaTaskResource((function, payload) -> LambdaInvocation.success(payload)))).start();
        sfn = SfnClient.builder().endpointOverride(stepFunctions.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "thing")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterEach
    void stop() {
        sfn.close();
        stepFunctions.close();
    }

    @Test
    void anExecutionThatTimesOut_reachesTheTargetWithAwsEventShape() throws Exception {
        String machine = machine("{\"StartAt\":\"Slow\",\"TimeoutSeconds\":1,"
                + "\"States\":{\"Slow\":{\"Type\":\"Wait\",\"Seconds\":30,\"End\":true}}}");
        listen(machine);

        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"expires_at\":\"1796490000\"}")).executionArn();
        JsonNode event = awaitDelivery();

        assertThat(event.path("detail-type").asText()).isEqualTo("Step Functions Execution Status Change");
        assertThat(event.path("source").asText()).isEqualTo("aws.states");
        assertThat(event.path("resources").get(0).asText()).isEqualTo(execution);
        JsonNode detail = event.path("detail");
        assertThat(detail.path("executionArn").asText()).isEqualTo(execution);
        assertThat(detail.path("stateMachineArn").asText()).isEqualTo(machine);
        assertThat(detail.path("status").asText()).isEqualTo("TIMED_OUT");
        assertThat(detail.path("error").asText()).isEqualTo("States.Timeout");
        assertThat(JSON.readTree(detail.path("input").asText()).path("expires_at").asText()).isEqualTo("1796490000");
        assertThat(detail.path("stopDate").asLong()).isGreaterThanOrEqualTo(detail.path("startDate").asLong());
    }

    @Test
    void aStoppedExecution_isDeliveredAsAborted_andASucceededOneIsNot() throws Exception {
        String machine = machine("{\"StartAt\":\"Slow\",\"States\":{\"Slow\":{\"Type\":\"Wait\",\"Seconds\":30,\"End\":true}}}");
        String quick = machine("{\"StartAt\":\"Done\",\"States\":{\"Done\":{\"Type\":\"Pass\",\"End\":true}}}");
        listen(machine, quick);

        sfn.startExecution(b -> b.stateMachineArn(quick).input("{}"));
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input("{}")).executionArn();
        sfn.stopExecution(b -> b.executionArn(execution).error("Caller.HungUp").cause("The caller hung up"));
        JsonNode event = awaitDelivery();

        assertThat(event.path("detail").path("status").asText()).isEqualTo("ABORTED");
        assertThat(event.path("detail").path("cause").asText()).isEqualTo("The caller hung up");
        Thread.sleep(200);
        assertThat(delivered).as("only the stopped execution matches the rule's statuses").hasSize(1);
    }

    private String machine(String definition) {
        return sfn.createStateMachine(b -> b.name("sm-" + UUID.randomUUID()).definition(definition)
                .roleArn("arn:aws:iam::000000000000:role/sandbox")).stateMachineArn();
    }

    private void listen(String... machines) {
        FunctionInvoker recorder = (function, payload) -> {
            assertThat(function).isEqualTo(TARGET);
            try {
                delivered.add(JSON.readTree(payload));
            } catch (Exception notJson) {
                throw new AssertionError(notJson);
            }
            return new InvocationResult("{}", null, 1, false, 0, "1", List.of());
        };
        ExecutionStatusEvents events = new ExecutionStatusEvents(List.of(new ExecutionStatusRulePlan("Rule",
                List.of(machines), List.of("TIMED_OUT", "ABORTED"), List.of(TARGET))), recorder,
                stepFunctions.region(), stepFunctions.account());
        stepFunctions.onExecutionClosed(events::closed);
    }

    private JsonNode awaitDelivery() throws InterruptedException {
        for (int i = 0; i < 100 && delivered.isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(delivered).as("events delivered to the rule's target").isNotEmpty();
        return delivered.get(0);
    }
}
