package io.switchboard.desktop.calls;

import io.switchboard.desktop.aws.CallsGateway;
import io.switchboard.desktop.aws.LogsGateway;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.CancelledException;
import io.switchboard.desktop.task.Progress;
import io.switchboard.lambdas.calllog.CallRecord;
import io.switchboard.lambdas.calllog.UnsavedCallLine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes back the calls the vanity function answered but could not record: it finds their
 * {@link UnsavedCallLine}s in the function's log group and writes each record through the call log's
 * conditional write, so a call already there is counted, never duplicated, and running it twice is safe
 * (docs/decisions/0008-unsaved-calls-in-the-log.md).
 */
public final class UnsavedCallsRecovery {
    /** The stack's default log retention: older lines are normally gone. */
    public static final int DEFAULT_DAYS = 30;
    /** The longest log retention CloudWatch offers (10 years). */
    public static final int MAX_DAYS = 3653;
    private static final int UNREADABLE_SHOWN = 5;

    private final LogsGateway logs;
    private final CallsGateway calls;
    private final String logGroup;

    public UnsavedCallsRecovery(LogsGateway logs, CallsGateway calls, String logGroup) {
        this.logs = logs;
        this.calls = calls;
        this.logGroup = logGroup;
    }

    /** Recovery on a connection whose stack is deployed (a call log and a vanity function); empty otherwise. */
    public static Optional<UnsavedCallsRecovery> on(Session session) {
        Optional<CallsGateway> calls = session.calls();
        Optional<String> logGroup = session.vanityLogGroup();
        if (calls.isEmpty() || logGroup.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UnsavedCallsRecovery(session.logs(), calls.get(), logGroup.get()));
    }

    public String logGroup() {
        return logGroup;
    }

    /**
     * Searches the last {@code days} days before {@code now} and writes what it finds. Cancelling stops
     * after the page being written (what was written stays: it is the record the function meant to write).
     */
    public Report recover(Instant now, int days, Progress progress) {
        Instant from = now.minus(Duration.ofDays(days));
        Counts counts = new Counts();
        progress.update(-1, "Searching " + logGroup + "…");
        logs.search(logGroup, UnsavedCallLine.FILTER_PATTERN, from, now, page -> {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            page.forEach(counts::add);
            progress.update(-1, counts.found + " unsaved calls found, " + counts.recovered + " recovered…");
        });
        return new Report(logGroup, from, now, counts.found, counts.recovered, counts.alreadyPresent,
                counts.unreadable.size(), List.copyOf(counts.unreadable.subList(0, Math.min(UNREADABLE_SHOWN, counts.unreadable.size()))));
    }

    private final class Counts {
        int found;
        int recovered;
        int alreadyPresent;
        final List<LogsGateway.LogEvent> unreadable = new ArrayList<>();

        void add(LogsGateway.LogEvent event) {
            found++;
            Optional<CallRecord> call = UnsavedCallLine.decode(event.message());
            if (call.isEmpty()) {
                unreadable.add(event);
            } else if (calls.record(call.get())) {
                recovered++;
            } else {
                alreadyPresent++;
            }
        }
    }

    /**
     * What a recovery did.
     *
     * @param found          "call not recorded" lines found in the window
     * @param recovered      records written to the call log now
     * @param alreadyPresent records the call log already held (written since, or by an earlier recovery)
     * @param unreadable     lines that matched but did not hold a complete record
     * @param unreadableEvents the first few of those, to look them up in the log group
     */
    public record Report(String logGroup, Instant from, Instant to, int found, int recovered, int alreadyPresent,
                         int unreadable, List<LogsGateway.LogEvent> unreadableEvents) {
        /** One line for people: "3 found · 2 recovered · 1 already in the call log · 0 unreadable". */
        public String counts() {
            return found + " found · " + recovered + " recovered · " + alreadyPresent + " already in the call log · "
                    + unreadable + " unreadable";
        }

        public String summary() {
            String window = Duration.between(from, to).toDays() + " days";
            if (found == 0) {
                return "No unsaved calls found in the last " + window + " of " + logGroup + ".";
            }
            return "Unsaved calls in the last " + window + " of " + logGroup + ": " + counts() + ".";
        }
    }
}
