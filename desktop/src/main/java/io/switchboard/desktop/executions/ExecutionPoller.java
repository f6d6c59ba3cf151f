package io.switchboard.desktop.executions;

import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.task.TaskHandle;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Polls one fetch on a schedule (fetch ⟂ schedule ⟂ render): never faster than once per
 * {@code minInterval} (Step Functions' ListExecutions quota is ~5/s per account), doubling the wait
 * on throttling up to {@code maxInterval}, back to normal after a success.
 */
public final class ExecutionPoller<T> {
    private final TaskExecutor tasks;
    private final Duration minInterval;
    private final Duration maxInterval;
    private final Predicate<Throwable> isThrottling;
    private Duration interval;
    private TaskHandle next;
    private boolean running;
    private boolean inFlight;

    public ExecutionPoller(TaskExecutor tasks, Duration minInterval, Duration maxInterval, Predicate<Throwable> isThrottling) {
        this.tasks = tasks;
        this.minInterval = minInterval;
        this.maxInterval = maxInterval;
        this.isThrottling = isThrottling;
        this.interval = minInterval;
    }

    /** Starts polling {@code fetch}; results go to {@code render}, other failures to {@code fail}. */
    public void start(io.switchboard.desktop.task.BackgroundWork<T> fetch, Consumer<T> render, Consumer<Throwable> fail) {
        stop();
        running = true;
        poll(fetch, render, fail);
    }

    public void stop() {
        running = false;
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    /** The wait before the next poll (grows while throttled). */
    public Duration interval() {
        return interval;
    }

    private void poll(io.switchboard.desktop.task.BackgroundWork<T> fetch, Consumer<T> render, Consumer<Throwable> fail) {
        if (!running || inFlight) {
            return;
        }
        inFlight = true;
        tasks.submit("Polling executions", fetch, result -> {
            inFlight = false;
            interval = minInterval;
            render.accept(result);
            scheduleNext(fetch, render, fail);
        }, failure -> {
            inFlight = false;
            if (isThrottling.test(failure)) {
                Duration doubled = interval.multipliedBy(2);
                interval = doubled.compareTo(maxInterval) > 0 ? maxInterval : doubled;
            } else {
                fail.accept(failure);
            }
            scheduleNext(fetch, render, fail);
        });
    }

    private void scheduleNext(io.switchboard.desktop.task.BackgroundWork<T> fetch, Consumer<T> render, Consumer<Throwable> fail) {
        if (running) {
            next = tasks.schedule(interval, () -> poll(fetch, render, fail));
        }
    }
}
