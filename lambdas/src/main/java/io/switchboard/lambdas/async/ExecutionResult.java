package io.switchboard.lambdas.async;

/**
 * What the wrapper learned about an execution from the results table or from Step Functions, as a
 * plain value (no SDK types).
 *
 * @param state  the outcome, see {@link State}
 * @param output the wrapped function's output as JSON text ({@link State#SUCCEEDED} only, else "")
 * @param error  the error name ({@link State#FAILED}: the caught error, or TIMED_OUT / ABORTED), else ""
 * @param cause  the error's cause, possibly long, else ""
 */
public record ExecutionResult(State state, String output, String error, String cause) {
    public enum State {
        /** The wrapped function returned; {@code output} holds what it returned. */
        SUCCEEDED,
        /** The wrapped function failed, or the execution timed out or was aborted. */
        FAILED,
        /** No result yet: the execution is still running (or its result is not recorded yet). */
        PENDING,
        /** Step Functions has no such execution (or the ARN is malformed). */
        UNKNOWN,
        /** The service throttled us or did not answer in time: ask again on the next poll. */
        BUSY
    }

    public ExecutionResult {
        output = output == null ? "" : output;
        error = error == null ? "" : error;
        cause = cause == null ? "" : cause;
    }

    public static ExecutionResult succeeded(String output) {
        return new ExecutionResult(State.SUCCEEDED, output, "", "");
    }

    public static ExecutionResult failed(String error, String cause) {
        return new ExecutionResult(State.FAILED, "", error, cause);
    }

    public static ExecutionResult pending() {
        return new ExecutionResult(State.PENDING, "", "", "");
    }

    public static ExecutionResult unknown(String reason) {
        return new ExecutionResult(State.UNKNOWN, "", "", reason);
    }

    public static ExecutionResult busy(String reason) {
        return new ExecutionResult(State.BUSY, "", "", reason);
    }
}
