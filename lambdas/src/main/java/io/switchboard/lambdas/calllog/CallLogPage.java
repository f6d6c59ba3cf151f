package io.switchboard.lambdas.calllog;

import java.util.List;
import java.util.Optional;

/**
 * A page of calls, newest first.
 *
 * @param calls      the records of this page
 * @param nextCursor opaque text that fetches the next page, or {@code null} on the last page
 */
public record CallLogPage(List<CallRecord> calls, String nextCursor) {
    public CallLogPage {
        calls = List.copyOf(calls);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
