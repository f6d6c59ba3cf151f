package io.switchboard.desktop.calls;

import io.switchboard.desktop.aws.CallsGateway;
import io.switchboard.desktop.ui.CallerNumber;
import io.switchboard.lambdas.calllog.CallLogPage;
import java.time.Instant;
import java.util.List;

/**
 * What the Calls page shows: the newest calls, one day's calls, one caller's history or one contact.
 * The table, Load more and the CSV export all read pages of the same query.
 */
sealed interface CallsQuery {
    Newest NEWEST = new Newest();

    /** A page of this query's calls, newest first; {@code cursor} is the previous page's, or null for the first. */
    CallLogPage page(CallsGateway calls, int limit, String cursor, Instant now);

    /** What the table holds, for the line under it. */
    String summary(int calls);

    /** The table's placeholder when the query finds nothing. */
    String nothingFound();

    /** The chart's title: what its bars count. */
    default String chartTitle() {
        return "Calls per hour, last 24 h";
    }

    /** The inline message when the query finds nothing, for queries where that is worth saying; empty otherwise. */
    default String problemWhenNothingFound() {
        return "";
    }

    /** The newest calls across all callers (the days marker, then the by-day index). */
    record Newest() implements CallsQuery {
        @Override
        public CallLogPage page(CallsGateway calls, int limit, String cursor, Instant now) {
            return calls.latest(limit, cursor, now);
        }

        @Override
        public String summary(int calls) {
            return calls + " newest calls";
        }

        @Override
        public String nothingFound() {
            return "No calls yet. In the sandbox, press Simulate traffic.";
        }
    }

    /** The calls of one day in the console's time zone (the by-day index, one or two UTC partitions). */
    record OnDay(ConsoleDay day) implements CallsQuery {
        @Override
        public CallLogPage page(CallsGateway calls, int limit, String cursor, Instant now) {
            return calls.between(day.start(), day.end(), limit, cursor);
        }

        @Override
        public String summary(int calls) {
            return calls + (calls == 1 ? " call on " : " calls on ") + day.date() + " (" + day.zoneName() + " time)";
        }

        @Override
        public String nothingFound() {
            return "No calls on " + day.date() + " (" + day.zoneName() + " time).";
        }

        @Override
        public String chartTitle() {
            return "Calls per hour on " + day.date() + " (" + day.zoneName() + " time)";
        }
    }

    /** @param e164 the caller in E.164, as the call log keeps it (the by-caller index) */
    record FromCaller(String e164) implements CallsQuery {
        @Override
        public CallLogPage page(CallsGateway calls, int limit, String cursor, Instant now) {
            return calls.history(e164, limit, cursor);
        }

        @Override
        public String summary(int calls) {
            return calls + (calls == 1 ? " call from " : " calls from ") + CallerNumber.mask(e164);
        }

        @Override
        public String nothingFound() {
            return "No calls from " + CallerNumber.mask(e164) + ".";
        }

        @Override
        public String chartTitle() {
            return "Calls per hour from " + CallerNumber.mask(e164) + ", last 24 h";
        }
    }

    /** @param contactId a Connect ContactId (one GetItem on the table's key) */
    record WithContactId(String contactId) implements CallsQuery {
        @Override
        public CallLogPage page(CallsGateway calls, int limit, String cursor, Instant now) {
            return new CallLogPage(calls.call(contactId).map(List::of).orElse(List.of()), null);
        }

        @Override
        public String summary(int calls) {
            return calls == 0 ? "" : "The call with ContactId " + contactId;
        }

        @Override
        public String nothingFound() {
            return "No call with ContactId " + contactId + ".";
        }

        @Override
        public String chartTitle() {
            return "This call, last 24 h";
        }

        @Override
        public String problemWhenNothingFound() {
            return "No call with ContactId " + contactId + " in the call log. It holds the calls that reached the vanity "
                    + "function, for the stack's CallRetentionDays: check the ContactId in Connect's contact search.";
        }
    }
}
