package io.switchboard.lambdas.calllog;

import java.util.List;
import java.util.Optional;

/**
 * A page of calls, newest first.
 *
 * @param calls      the records of this page
 * @param nextCursor opaque text that fetches the next page, or {@code null} on the last page
 * @param itemsRead  items DynamoDB read to build this page (the Queries' {@code ScannedCount}): what it cost
 * @param queries    DynamoDB requests made to build this page
 */
public record CallLogPage(List<CallRecord> calls, String nextCursor, int itemsRead, int queries) {
    public CallLogPage {
        calls = List.copyOf(calls);
    }

    public CallLogPage(List<CallRecord> calls, String nextCursor) {
        this(calls, nextCursor, calls.size(), 1);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
