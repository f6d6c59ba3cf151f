package io.switchboard.lambdas.vanity;

import java.util.Map;
import java.util.Optional;

/**
 * The vanity function's configuration, read once from its environment.
 *
 * @param callsTable    DynamoDB call-log table ({@code CALLS_TABLE}); empty means calls are not recorded
 * @param retentionDays how long call records live before DynamoDB's TTL removes them ({@code CALL_RETENTION_DAYS})
 * @param transferQueueArn the queue the vanity flow transfers callers to when the contact names none
 *                         ({@code TRANSFER_QUEUE_ARN}, the stack's {@code TransferQueueArn}); {@code ""} for none
 */
public record VanityConfig(Optional<String> callsTable, int retentionDays, String transferQueueArn) {
    public static final int DEFAULT_RETENTION_DAYS = 90;

    public static VanityConfig from(Map<String, String> environment) {
        String table = environment.getOrDefault("CALLS_TABLE", "").strip();
        String retention = environment.getOrDefault("CALL_RETENTION_DAYS", "").strip();
        int days = DEFAULT_RETENTION_DAYS;
        if (!retention.isEmpty()) {
            try {
                days = Integer.parseInt(retention);
            } catch (NumberFormatException notANumber) {
                days = -1;
            }
            if (days < 1 || days > 3650) {
                throw new IllegalArgumentException("CALL_RETENTION_DAYS must be a whole number of days between 1 and 3650, was '"
                        + retention + "'");
            }
        }
        String queue = environment.getOrDefault("TRANSFER_QUEUE_ARN", "").strip();
        return new VanityConfig(table.isEmpty() ? Optional.empty() : Optional.of(table), days, queue);
    }
}
