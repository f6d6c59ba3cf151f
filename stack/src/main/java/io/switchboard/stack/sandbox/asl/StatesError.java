package io.switchboard.stack.sandbox.asl;

/**
 * A failure inside an execution, named like Step Functions names it ({@code States.Timeout},
 * {@code DynamoDB.ConditionalCheckFailedException}, a Lambda's {@code errorType}, ...).
 */
public class StatesError extends RuntimeException {
    public static final String ALL = "States.ALL";
    public static final String TASK_FAILED = "States.TaskFailed";
    public static final String TIMEOUT = "States.Timeout";
    public static final String RUNTIME = "States.Runtime";
    public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
    public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
    public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";

    private final String error;
    private final String cause;
    private final boolean raisedByState;

    public StatesError(String error, String cause) {
        this(error, cause, false);
    }

    private StatesError(String error, String cause, boolean raisedByState) {
        super(error + ": " + cause);
        this.error = error;
        this.cause = cause;
        this.raisedByState = raisedByState;
    }

    /** A States.Runtime error of the running state; the execution names the state in front of the cause. */
    public static StatesError runtime(String cause) {
        return new StatesError(RUNTIME, cause, true);
    }

    /**
     * This error as the execution reports it: a state's runtime error carries AWS's prefix naming
     * the state and the id of its StateEntered event; any other error is returned unchanged.
     */
    StatesError inState(String stateName, long enteredEventId) {
        if (!raisedByState) {
            return this;
        }
        return new StatesError(error, "An error occurred while executing the state '" + stateName
                + "' (entered at the event id #" + enteredEventId + "). " + cause, false);
    }

    public String error() {
        return error;
    }

    public String cause() {
        return cause;
    }

    /** States.Runtime (and data limit) errors end the execution: States.ALL does not catch them. */
    public boolean isTerminal() {
        return RUNTIME.equals(error) || "States.DataLimitExceeded".equals(error);
    }
}
