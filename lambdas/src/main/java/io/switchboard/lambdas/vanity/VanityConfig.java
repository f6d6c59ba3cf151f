package io.switchboard.lambdas.vanity;

import io.switchboard.lambdas.vanity.engine.BusinessWords;
import java.util.Map;
import java.util.Optional;

/**
 * The vanity function's configuration, read once from its environment.
 *
 * @param callsTable    DynamoDB call-log table ({@code CALLS_TABLE}); empty means calls are not recorded
 * @param retentionDays how long call records live before DynamoDB's TTL removes them ({@code CALL_RETENTION_DAYS})
 * @param transferQueueArn the queue the vanity flow transfers callers to when the contact names none
 *                         ({@code TRANSFER_QUEUE_ARN}, the stack's {@code TransferQueueArn}); {@code ""} for none
 * @param businessWords the business's own words ({@code VANITY_EXTRA_WORDS}, the stack's {@code VanityExtraWords},
 *                      comma-separated), ranked above dictionary words; a word that fails validation stops the function
 */
public record VanityConfig(Optional<String> callsTable, int retentionDays, String transferQueueArn, BusinessWords businessWords) {
    /** Without business words. */
    public VanityConfig(Optional<String> callsTable, int retentionDays, String transferQueueArn) {
        this(callsTable, retentionDays, transferQueueArn, BusinessWords.NONE);
    }

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
        BusinessWords words;
        try {
            words = BusinessWords.parse(environment.getOrDefault("VANITY_EXTRA_WORDS", ""));
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("VANITY_EXTRA_WORDS: " + invalid.getMessage(), invalid);
        }
        return new VanityConfig(table.isEmpty() ? Optional.empty() : Optional.of(table), days, queue, words);
    }
}
