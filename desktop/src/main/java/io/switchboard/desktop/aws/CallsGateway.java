package io.switchboard.desktop.aws;

import io.switchboard.lambdas.calllog.CallLog;
import io.switchboard.lambdas.calllog.CallLogPage;
import io.switchboard.lambdas.calllog.CallRecord;
import java.time.Instant;
import java.util.Optional;

/** The call log, read through DynamoDB Query on its indexes and GetItem on its key (never a Scan). */
public final class CallsGateway {
    /** How far back "latest" walks: the table's retention. */
    private static final int LOOKBACK_DAYS = 90;

    private final ClientCache clients;
    private final String tableName;
    private CallLog callLog;

    public CallsGateway(ClientCache clients, String tableName) {
        this.clients = clients;
        this.tableName = tableName;
    }

    public CallLogPage latest(int limit, String cursor, Instant now) {
        return callLog().latest(limit, cursor, now);
    }

    /** The calls of the last {@code hours} hours (at most {@code max}), newest first: only today's and yesterday's partitions are read. */
    public java.util.List<io.switchboard.lambdas.calllog.CallRecord> since(Instant now, int hours, int max) {
        CallLog recent = new CallLog(clients.dynamoDb(), tableName, Math.max(1, (hours + 23) / 24));
        java.util.List<io.switchboard.lambdas.calllog.CallRecord> calls = new java.util.ArrayList<>();
        Instant from = now.minusSeconds(hours * 3600L);
        String cursor = null;
        do {
            CallLogPage page = recent.latest(Math.min(500, max - calls.size()), cursor, now);
            for (var call : page.calls()) {
                if (call.calledAt().isBefore(from)) {
                    return calls;
                }
                calls.add(call);
            }
            cursor = page.nextCursor();
        } while (cursor != null && calls.size() < max);
        return calls;
    }

    /** The calls made in {@code [from, to)}, newest first: Queries on the by-day index, one per UTC day the range touches. */
    public CallLogPage between(Instant from, Instant to, int limit, String cursor) {
        return callLog().between(from, to, limit, cursor);
    }

    /** The call with this Connect ContactId (a consistent GetItem on the table's key), or empty. */
    public Optional<CallRecord> call(String contactId) {
        return callLog().get(contactId);
    }

    /** @param callerE164 the caller in E.164, as the vanity function stores it */
    public CallLogPage history(String callerE164, int limit, String cursor) {
        return callLog().history(callerE164, limit, cursor);
    }

    /**
     * Writes a call the way the vanity function does (conditional on its ContactId, so never twice).
     *
     * @return true when written, false when the call log already holds this contact
     */
    public boolean record(CallRecord call) {
        return callLog().record(call);
    }

    public String tableName() {
        return tableName;
    }

    /**
     * One call log per gateway, built on first use (off the UI thread: it opens the DynamoDB client): a writer
     * lists each day in the days marker once, not once per call. CallLog is safe to share between threads.
     */
    private synchronized CallLog callLog() {
        if (callLog == null) {
            callLog = new CallLog(clients.dynamoDb(), tableName, LOOKBACK_DAYS);
        }
        return callLog;
    }
}
