package io.switchboard.desktop.executions;

import io.switchboard.desktop.task.Backoff;
import io.switchboard.desktop.task.BackgroundWork;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.task.TaskHandle;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Polls one fetch on a schedule (fetch ⟂ schedule ⟂ render): never faster than once per
 * {@code minInterval} (Step Functions' ListExecutions quota is ~5/s per account), doubling the wait
 * on throttling up to {@code maxInterval}, back to normal after a success. A restart (a new filter or
 * state machine) while a fetch is on its way drops that fetch's answer and polls the new fetch as
 * soon as the old one is back, so an old filter's page is never shown nor polled again.
 */
public final class ExecutionPoller<T> {
    private final TaskExecutor tasks;
    private final Predicate<Throwable> isThrottling;
    private final Backoff backoff;
    private TaskHandle next;
    private Polling<T> polling;
    private long generation;
    private boolean inFlight;

    public ExecutionPoller(TaskExecutor tasks, Duration minInterval, Duration maxInterval, Predicate<Throwable> isThrottling) {
        this.tasks = tasks;
        this.isThrottling = isThrottling;
        this.backoff = new Backoff(minInterval, maxInterval);
    }

    /** Starts polling {@code fetch}; results go to {@code render}, other failures to {@code fail}. */
    public void start(BackgroundWork<T> fetch, Consumer<T> render, Consumer<Throwable> fail) {
        stop();
        polling = new Polling<>(fetch, render, fail);
        poll();
    }

    /** Stops polling; an answer still on its way is dropped. */
    public void stop() {
        generation++;
        polling = null;
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    /** The wait before the next poll (grows while throttled). */
    public Duration interval() {
        return backoff.current();
    }

    private void poll() {
        if (polling == null || inFlight) {
            return;
        }
        inFlight = true;
        long polled = generation;
        Polling<T> current = polling;
        tasks.submit("Polling executions", current.fetch(), result -> {
            if (answered(polled)) {
                backoff.succeeded();
                current.render().accept(result);
                scheduleNext();
            }
        }, failure -> {
            if (answered(polled)) {
                if (isThrottling.test(failure)) {
                    backoff.failed();
                } else {
                    current.fail().accept(failure);
                }
                scheduleNext();
            }
        });
    }

    /** Whether the answer of the poll started in {@code polled} still counts; if not, the current polling starts now. */
    private boolean answered(long polled) {
        inFlight = false;
        if (polled == generation) {
            return true;
        }
        poll();
        return false;
    }

    private void scheduleNext() {
        if (polling != null) {
            next = tasks.schedule(backoff.current(), this::poll);
        }
    }

    private record Polling<T>(BackgroundWork<T> fetch, Consumer<T> render, Consumer<Throwable> fail) {
    }
}
