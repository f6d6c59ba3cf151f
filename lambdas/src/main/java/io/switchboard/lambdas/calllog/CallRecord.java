package io.switchboard.lambdas.calllog;

import java.time.Instant;
import java.util.List;

/**
 * One call to the vanity service, as the call log keeps it.
 *
 * @param contactId Connect's ContactId (one record per contact, retries included)
 * @param caller    the caller in E.164, or the raw address when it was not a valid number
 * @param calledAt  when the call was recorded
 * @param vanity    up to five vanity numbers, best first
 * @param status    the vanity status (OK, NO_VANITY, INVALID_NUMBER)
 * @param expiresAt when DynamoDB's TTL may delete the record
 * @param reason    the vanity engine's sentence for people (why the number is invalid, why no word fits);
 *                  {@code ""} for calls recorded before the log kept it
 */
public record CallRecord(String contactId, String caller, Instant calledAt, List<String> vanity, String status,
                         Instant expiresAt, String reason) {
    public CallRecord {
        vanity = List.copyOf(vanity);
        reason = reason == null ? "" : reason;
    }

    /** A call without a reason (as the log held them before it kept one). */
    public CallRecord(String contactId, String caller, Instant calledAt, List<String> vanity, String status, Instant expiresAt) {
        this(contactId, caller, calledAt, vanity, status, expiresAt, "");
    }
}
