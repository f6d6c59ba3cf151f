package io.switchboard.desktop.executions;

import io.switchboard.desktop.task.Backoff;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.task.TaskHandle;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Fills the Caller column in the background, one DescribeExecution at a time and never sooner than
 * {@code interval} after the previous one (at 250 ms, ≤ 4 per second: Step Functions refills
 * DescribeExecution at 10–15 per second per account, shared with the async wrapper). Rows the user
 * looked at come first, then the newest {@code newest} rows; an execution whose caller is known is
 * never described again (its input never changes). Throttling doubles the wait up to
 * {@code maxInterval} and retries; any other failure skips that execution and doubles the wait too,
 * so a missing permission costs a few calls, not one per row. With nothing to look up it sleeps until
 * {@link #wake()} (a new page arrived, a row came into view).
 */
final class CallerLookups {
    /** Rows seen most recently, newest first: bounded so a fast scroll through thousands queues only the last screenfuls. */
    private static final int SEEN = 64;

    /** Reads one execution's caller (its DescribeExecution), in the background. */
    @FunctionalInterface
    interface Lookup {
        String callerOf(String executionArn) throws Exception;
    }

    private final TaskExecutor tasks;
    private final Predicate<Throwable> isThrottling;
    private final int newest;
    private final Deque<String> seen = new ArrayDeque<>();
    private final Set<String> skipped = new HashSet<>();
    private final Backoff backoff;
    private ExecutionRows rows;
    private Lookup lookup;
    private BiConsumer<String, String> found;
    private boolean running;
    private boolean inFlight;
    private TaskHandle next;
    /** Bumped by start and stop: a lookup that returns after either is ignored. */
    private int generation;

    CallerLookups(TaskExecutor tasks, Duration minInterval, Duration maxInterval, Predicate<Throwable> isThrottling, int newest) {
        this.tasks = tasks;
        this.isThrottling = isThrottling;
        this.newest = newest;
        this.backoff = new Backoff(minInterval, maxInterval);
    }

    /** Starts filling {@code rows}' callers through {@code lookup}; each one found goes to {@code found} (arn, caller). */
    void start(ExecutionRows rows, Lookup lookup, BiConsumer<String, String> found) {
        stop();
        this.rows = rows;
        this.lookup = lookup;
        this.found = found;
        running = true;
        backoff.succeeded();
        skipped.clear();
        scheduleNext();
    }

    void stop() {
        running = false;
        inFlight = false;
        generation++;
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    /** There may be new work (a page arrived, a row came into view): look again if asleep. */
    void wake() {
        if (running && next == null && !inFlight) {
            scheduleNext();
        }
    }

    /** The user can see this execution's row: look it up before the others. */
    void seen(String executionArn) {
        if (executionArn.equals(seen.peekFirst())) {
            return;
        }
        seen.remove(executionArn);
        seen.addFirst(executionArn);
        if (seen.size() > SEEN) {
            seen.removeLast();
        }
        wake();
    }

    /** The wait before the next lookup (grows while throttled). */
    Duration interval() {
        return backoff.current();
    }

    private void scheduleNext() {
        int current = generation;
        next = tasks.schedule(backoff.current(), () -> {
            next = null;
            if (running && current == generation) {
                lookUpNext(current);
            }
        });
    }

    private void lookUpNext(int current) {
        String arn = nextArn();
        if (arn == null) {
            return; // asleep until wake()
        }
        inFlight = true;
        Lookup reading = lookup;
        tasks.submit("Looking up callers", progress -> reading.callerOf(arn), caller -> {
            if (current != generation) {
                return;
            }
            inFlight = false;
            backoff.succeeded();
            found.accept(arn, caller);
            scheduleNext();
        }, failure -> {
            if (current != generation) {
                return;
            }
            inFlight = false;
            if (!isThrottling.test(failure)) {
                skipped.add(arn);
            }
            backoff.failed();
            scheduleNext();
        });
    }

    /** The next execution to describe: a row the user saw most recently, else the newest row whose caller is unknown. */
    private String nextArn() {
        for (String arn : seen) {
            ExecutionRow row = rows.row(arn);
            if (row != null && wanted(row)) {
                return arn;
            }
        }
        List<ExecutionRow> shown = rows.rows();
        for (int i = 0, n = Math.min(newest, shown.size()); i < n; i++) {
            if (wanted(shown.get(i))) {
                return shown.get(i).execution().arn();
            }
        }
        return null;
    }

    private boolean wanted(ExecutionRow row) {
        return !row.caller().known() && !skipped.contains(row.execution().arn());
    }
}
