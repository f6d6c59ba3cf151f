package io.switchboard.lambdas.async;

import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;

/** The wrapper's two Step Functions calls: start an execution for a contact, and describe one as a fallback. */
public final class AsyncExecutions {
    private final SfnClient stepFunctions;
    private final String stateMachineArn;

    public AsyncExecutions(SfnClient stepFunctions, String stateMachineArn) {
        this.stepFunctions = stepFunctions;
        this.stateMachineArn = stateMachineArn;
    }

    /** How a start went. {@code executionArn} is empty when {@link Kind#BUSY}. */
    public record StartOutcome(Kind kind, String executionArn) {
        public enum Kind {
            STARTED,
            /** Connect retried the first call: an execution of this name runs already, and is used. */
            ALREADY_STARTED,
            /** Throttled or timed out: nothing is known to have started; start again next call. */
            BUSY
        }
    }

    public String stateMachineArn() {
        return stateMachineArn;
    }

    /** The ARN an execution called {@code name} of this state machine has, started or not. */
    public String executionArn(String name) {
        return ExecutionName.executionArn(stateMachineArn, name);
    }

    /** Whether {@code executionArn} names an execution of this wrapper's state machine. */
    public boolean isOwn(String executionArn) {
        return executionArn.startsWith(ExecutionName.executionArn(stateMachineArn, ""));
    }

    public StartOutcome start(String name, String inputJson) {
        try {
            String arn = stepFunctions.startExecution(b -> b.stateMachineArn(stateMachineArn).name(name).input(inputJson))
                    .executionArn();
            return new StartOutcome(StartOutcome.Kind.STARTED, arn);
        } catch (ExecutionAlreadyExistsException retried) {
            return new StartOutcome(StartOutcome.Kind.ALREADY_STARTED, ExecutionName.executionArn(stateMachineArn, name));
        } catch (RuntimeException failure) {
            if (TransientFailures.isTransient(failure)) {
                return new StartOutcome(StartOutcome.Kind.BUSY, "");
            }
            throw failure;
        }
    }

    /**
     * The execution's state per Step Functions: SUCCEEDED with its output, FAILED for FAILED /
     * TIMED_OUT / ABORTED (the status is the error), PENDING while it runs, UNKNOWN when Step
     * Functions has no such execution, BUSY when throttled or timed out.
     */
    public ExecutionResult describe(String executionArn) {
        DescribeExecutionResponse execution;
        try {
            execution = stepFunctions.describeExecution(b -> b.executionArn(executionArn));
        } catch (ExecutionDoesNotExistException | InvalidArnException unknown) {
            // The service's own words, without the SDK's request id and attempt count.
            return ExecutionResult.unknown(unknown.awsErrorDetails() != null && unknown.awsErrorDetails().errorMessage() != null
                    ? unknown.awsErrorDetails().errorMessage() : unknown.getMessage());
        } catch (RuntimeException failure) {
            if (TransientFailures.isTransient(failure)) {
                return ExecutionResult.busy(failure.getMessage());
            }
            throw failure;
        }
        return switch (execution.statusAsString()) {
            case "SUCCEEDED" -> ExecutionResult.succeeded(execution.output());
            case "FAILED", "TIMED_OUT", "ABORTED" -> ExecutionResult.failed(execution.statusAsString(), failureCause(execution));
            default -> ExecutionResult.pending();
        };
    }

    private static String failureCause(DescribeExecutionResponse execution) {
        String error = execution.error() == null ? "" : execution.error();
        String cause = execution.cause() == null ? "" : execution.cause();
        if (error.isEmpty()) {
            return cause;
        }
        return cause.isEmpty() ? error : error + ": " + cause;
    }
}
