package io.switchboard.desktop.task;

import java.time.Duration;

/** A wait between calls: doubles after each failure up to a ceiling, back to the floor after a success. */
public final class Backoff {
    private final Duration min;
    private final Duration max;
    private Duration current;

    public Backoff(Duration min, Duration max) {
        this.min = min;
        this.max = max;
        this.current = min;
    }

    /** The wait before the next call. */
    public Duration current() {
        return current;
    }

    public void succeeded() {
        current = min;
    }

    public void failed() {
        Duration doubled = current.multipliedBy(2);
        current = doubled.compareTo(max) > 0 ? max : doubled;
    }
}
