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

    public StatesError(String error, String cause) {
        super(error + ": " + cause);
        this.error = error;
        this.cause = cause;
    }

    public static StatesError runtime(String cause) {
        return new StatesError(RUNTIME, cause);
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
