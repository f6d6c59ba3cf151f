package io.switchboard.stack.sandbox.stepfunctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.stack.sandbox.asl.AslJson;
import io.switchboard.stack.sandbox.asl.LambdaInvocation;
import io.switchboard.stack.sandbox.asl.StatesError;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionNotRedrivableException;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveStatus;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.RedriveExecutionResponse;

/** RedriveExecution as AWS documents it, through the real SDK client: resumes at the state that did not succeed. */
class RedriveExecutionTest {
    /** Prepare (Pass) → Flaky (Lambda, fails on its first call) → Done (Pass). */
    private static final String FLAKY = """
            {"StartAt": "Prepare", "States": {
              "Prepare": {"Type": "Pass", "Result": {"order": 7}, "Next": "Flaky"},
              "Flaky": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "flaky", "Payload": {"order.$": "$.order", "redrives.$": "$$.Execution.RedriveCount"}},
                "OutputPath": "$.Payload", "Next": "Done"},
              "Done": {"Type": "Pass", "End": true}}}""";

    private final SfnFixture fixture = new SfnFixture(1.0);
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private final List<String> payloads = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void close() {
        release.countDown();
        fixture.close();
    }

    private String flakyMachine() {
        fixture.functions.define("flaky", payload -> {
            payloads.add(AslJson.write(payload));
            if (flakyCalls.incrementAndGet() == 1) {
                throw new StatesError("Backend.Unavailable", "the back end was down");
            }
            return LambdaInvocation.success(payload);
        });
        return fixture.createMachine(FLAKY);
    }

    @Test
    void failedExecution_isRedrivable_andRedriveResumesAtTheFailedStateWithItsInput() {
        String arn = fixture.start(flakyMachine(), "{}");
        DescribeExecutionResponse failed = fixture.awaitEnd(arn);
        assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(failed.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE);
        assertThat(failed.redriveCount()).isZero();

        RedriveExecutionResponse redriven = fixture.sfn.redriveExecution(b -> b.executionArn(arn));
        DescribeExecutionResponse after = fixture.awaitEnd(arn);

        assertThat(redriven.redriveDate()).isNotNull().isAfterOrEqualTo(failed.stopDate());
        assertThat(after.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(after.executionArn()).isEqualTo(arn);
        assertThat(after.redriveCount()).isEqualTo(1);
        assertThat(after.redriveDate()).isEqualTo(redriven.redriveDate());
        assertThat(after.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
        assertThat(after.redriveStatusReason()).isEqualTo("Execution is SUCCEEDED and cannot be redriven");
        assertThat(after.output()).isEqualTo("{\"order\":7,\"redrives\":1}");
        // Flaky ran twice with the input it had; Prepare, which succeeded, did not run again.
        assertThat(payloads).containsExactly("{\"order\":7,\"redrives\":0}", "{\"order\":7,\"redrives\":1}");
        List<String> types = fixture.eventTypes(arn);
        assertThat(types.stream().filter("PassStateEntered"::equals)).hasSize(2); // Prepare once, Done once
        assertThat(types.subList(types.indexOf("ExecutionFailed"), types.size())).startsWith(
                "ExecutionFailed", "ExecutionRedriven", "TaskStateEntered").endsWith("ExecutionSucceeded");
        HistoryEvent redrive = fixture.history(arn).stream().filter(e -> e.type() == HistoryEventType.EXECUTION_REDRIVEN)
                .findFirst().orElseThrow();
        assertThat(redrive.executionRedrivenEventDetails().redriveCount()).isEqualTo(1);
        ExecutionListItem listed = fixture.sfn.listExecutions(b -> b.stateMachineArn(after.stateMachineArn())).executions().get(0);
        assertThat(listed.redriveCount()).isEqualTo(1);
        assertThat(listed.redriveDate()).isEqualTo(redriven.redriveDate());
    }

    @Test
    void abortedExecution_redrivesFromTheStateItWasStoppedIn() {
        fixture.functions.define("block", payload -> {
            release.await();
            return LambdaInvocation.success(payload);
        });
        String machine = fixture.createMachine("""
                {"StartAt": "First", "States": {"First": {"Type": "Pass", "Next": "Block"},
                  "Block": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                    "Parameters": {"FunctionName": "block"}, "End": true}}}""");
        String arn = fixture.start(machine, "{\"caller\": \"+447700900123\"}");
        awaitCalls("block", 1);
        fixture.sfn.stopExecution(b -> b.executionArn(arn).cause("operator"));
        assertThat(fixture.sfn.describeExecution(b -> b.executionArn(arn)).redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE);

        fixture.sfn.redriveExecution(b -> b.executionArn(arn));
        awaitCalls("block", 2);
        assertThat(fixture.sfn.describeExecution(b -> b.executionArn(arn)).status()).isEqualTo(ExecutionStatus.RUNNING);
        release.countDown();

        assertThat(fixture.awaitEnd(arn).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        List<String> types = fixture.eventTypes(arn);
        assertThat(types.stream().filter("PassStateEntered"::equals)).hasSize(1);
        assertThat(types).containsSubsequence("ExecutionAborted", "ExecutionRedriven", "TaskStateEntered", "ExecutionSucceeded");
    }

    @Test
    void succeededOrRunningExecutions_areNotRedrivable_withAwsReasons() {
        DescribeExecutionResponse succeeded = fixture.run("{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}", "{}");
        fixture.functions.define("block", payload -> {
            release.await();
            return LambdaInvocation.success(payload);
        });
        String running = fixture.start(fixture.createMachine("""
                {"StartAt": "Block", "States": {"Block": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "block"}, "End": true}}}"""), "{}");

        assertThat(succeeded.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
        assertThatThrownBy(() -> fixture.sfn.redriveExecution(b -> b.executionArn(succeeded.executionArn())))
                .isInstanceOf(ExecutionNotRedrivableException.class)
                .hasMessageContaining("Execution is SUCCEEDED and cannot be redriven");
        DescribeExecutionResponse stillRunning = fixture.sfn.describeExecution(b -> b.executionArn(running));
        assertThat(stillRunning.redriveStatusReason()).isEqualTo("Execution is RUNNING and cannot be redriven");
        assertThatThrownBy(() -> fixture.sfn.redriveExecution(b -> b.executionArn(running)))
                .isInstanceOf(ExecutionNotRedrivableException.class);
    }

    private void awaitCalls(String function, int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (fixture.functions.calls().stream().filter(function::equals).count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(function + " was not called " + count + " times");
            }
            SfnFixture.sleep(10);
        }
    }
}
