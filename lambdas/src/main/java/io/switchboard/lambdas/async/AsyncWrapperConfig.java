package io.switchboard.lambdas.async;

import java.util.Map;

/**
 * The async wrapper's configuration, read once from its environment.
 *
 * @param stateMachineArn the wrapper's STANDARD state machine ({@code STATE_MACHINE_ARN}, required)
 * @param resultsTable    the async results table the state machine writes ({@code RESULTS_TABLE}, required)
 * @param retentionHours  how long a result item lives before DynamoDB's TTL removes it
 *                        ({@code RESULT_RETENTION_HOURS}, default 24)
 */
public record AsyncWrapperConfig(String stateMachineArn, String resultsTable, int retentionHours) {
    public static final int DEFAULT_RETENTION_HOURS = 24;
    private static final int MAX_RETENTION_HOURS = 24 * 366;

    public static AsyncWrapperConfig from(Map<String, String> environment) {
        String arn = environment.getOrDefault("STATE_MACHINE_ARN", "").strip();
        if (arn.isEmpty()) {
            throw new IllegalArgumentException("STATE_MACHINE_ARN is not set: the async wrapper needs the ARN of the"
                    + " state machine that runs the wrapped function");
        }
        if (!ExecutionName.isStateMachineArn(arn)) {
            throw new IllegalArgumentException("STATE_MACHINE_ARN must be a state machine ARN"
                    + " (arn:aws:states:<region>:<account>:stateMachine:<name>), was '" + arn + "'");
        }
        String table = environment.getOrDefault("RESULTS_TABLE", "").strip();
        if (table.isEmpty()) {
            throw new IllegalArgumentException("RESULTS_TABLE is not set: the async wrapper reads results from the"
                    + " DynamoDB table the state machine writes");
        }
        return new AsyncWrapperConfig(arn, table, retentionHours(environment));
    }

    /** {@code RESULT_RETENTION_HOURS}: 1 to 366 days in hours, default 24. */
    static int retentionHours(Map<String, String> environment) {
        String retention = environment.getOrDefault("RESULT_RETENTION_HOURS", "").strip();
        int hours = DEFAULT_RETENTION_HOURS;
        if (!retention.isEmpty()) {
            try {
                hours = Integer.parseInt(retention);
            } catch (NumberFormatException notANumber) {
                hours = -1;
            }
            if (hours < 1 || hours > MAX_RETENTION_HOURS) {
                throw new IllegalArgumentException("RESULT_RETENTION_HOURS must be a whole number of hours between 1 and "
                        + MAX_RETENTION_HOURS + ", was '" + retention + "'");
            }
        }
        return hours;
    }
}
