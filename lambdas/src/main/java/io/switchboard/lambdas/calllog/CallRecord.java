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
 */
public record CallRecord(String contactId, String caller, Instant calledAt, List<String> vanity, String status,
                         Instant expiresAt) {
    public CallRecord {
        vanity = List.copyOf(vanity);
    }
}
