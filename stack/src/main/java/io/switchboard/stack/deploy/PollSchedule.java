package io.switchboard.stack.deploy;

import java.time.Duration;

/**
 * When to poll next: every {@code interval}, doubling up to {@code maxInterval} while AWS says
 * we are throttled, back to {@code interval} after a call that went through.
 * Not thread-safe: one schedule per running operation.
 */
public final class PollSchedule {

    /** Sleeps; tests pass one that records instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Duration interval;
    private final Duration maxInterval;
    private final Sleeper sleeper;
    private Duration next;

    public PollSchedule(Duration interval, Duration maxInterval, Sleeper sleeper) {
        this.interval = interval;
        this.maxInterval = maxInterval;
        this.sleeper = sleeper;
        this.next = interval;
    }

    /** Every 2 s, backing off to 32 s at most. */
    public static PollSchedule standard() {
        return new PollSchedule(Duration.ofSeconds(2), Duration.ofSeconds(32), d -> Thread.sleep(d.toMillis()));
    }

    /** A fresh schedule with the same settings, for the next operation. */
    PollSchedule fresh() {
        return new PollSchedule(interval, maxInterval, sleeper);
    }

    void succeeded() {
        next = interval;
    }

    void throttled() {
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(maxInterval) > 0 ? maxInterval : doubled;
    }

    /** Waits until the next poll is due; an interrupt ends the wait and is kept on the thread. */
    void pause() {
        try {
            sleeper.sleep(next);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployException("Interrupted while waiting for CloudFormation", e);
        }
    }
}
