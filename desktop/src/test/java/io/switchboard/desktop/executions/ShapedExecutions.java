package io.switchboard.desktop.executions;

import io.switchboard.desktop.connect.EventTemplates;
import io.switchboard.desktop.connection.Session;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * A state machine of its own in the sandbox whose executions end every way an execution can: succeeded,
 * failed (a Task calling a function that does not exist), a caught error (the same Task with a Catch),
 * aborted (stopped while waiting) and timed out (waiting past the machine's TimeoutSeconds). Each
 * execution's input is what the async wrapper gives its executions, so each has a caller.
 */
final class ShapedExecutions {
    static final String DEFINITION = """
            {"StartAt": "Prepare", "TimeoutSeconds": 3, "States": {
              "Prepare": {"Type": "Pass", "Next": "Route"},
              "Route": {"Type": "Choice", "Choices": [
                  {"Variable": "$.mode", "StringEquals": "fail", "Next": "CallMissing"},
                  {"Variable": "$.mode", "StringEquals": "catch", "Next": "CallCaught"},
                  {"Variable": "$.mode", "StringEquals": "wait", "Next": "Hold"}],
                "Default": "Done"},
              "CallMissing": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "no-such-function"}, "Next": "Done"},
              "CallCaught": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "no-such-function"}, "Next": "Done",
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Recover"}]},
              "Recover": {"Type": "Pass", "Next": "Done"},
              "Hold": {"Type": "Wait", "Seconds": 30, "Next": "Done"},
              "Done": {"Type": "Succeed"}}}""";

    final String machineArn;
    final String machineName;
    private final SfnClient sfn;

    ShapedExecutions(Session base) {
        this.sfn = base.clients().sfn();
        this.machineName = "shaped-" + UUID.randomUUID().toString().substring(0, 8);
        this.machineArn = sfn.createStateMachine(b -> b.name(machineName).definition(DEFINITION)
                .roleArn("arn:aws:iam::000000000000:role/sandbox")).stateMachineArn();
    }

    /** Starts one execution ({@code mode}: ok, fail, catch, wait) for a call from {@code caller}; returns its ContactId. */
    String start(String mode, String caller) {
        String contactId = UUID.randomUUID().toString();
        String event = EventTemplates.withContact(EventTemplates.text("async-start"), contactId, caller, Map.of());
        sfn.startExecution(b -> b.stateMachineArn(machineArn).name(contactId + "-main")
                .input("{\"event\": " + event + ", \"expires_at\": \"1900000000\", \"mode\": \"" + mode + "\"}"));
        return contactId;
    }

    String arn(String contactId) {
        return machineArn.replace(":stateMachine:", ":execution:") + ":" + contactId + "-main";
    }

    void stop(String contactId) {
        sfn.stopExecution(b -> b.executionArn(arn(contactId)).cause("stopped by the test"));
    }

    /** Waits until the execution is no longer running. */
    void awaitEnd(String contactId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (sfn.describeExecution(b -> b.executionArn(arn(contactId))).status() == ExecutionStatus.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still running: " + contactId);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A session on the same sandbox whose stack output points the Executions page at this state machine. */
    Session session(Session base) {
        return new Session(base.target(), "Sandbox", Map.of("AsyncStateMachineArn", machineArn), base.clients(), base.callPlayer());
    }
}
