package io.switchboard.flows.simulator;

import java.time.Duration;

/** A clock that only moves when told to (sleeps move it too), so timing tests never wait. */
final class ManualClock implements SimulationClock {

    private volatile long nanos;

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public void sleep(Duration duration) {
        advance(duration);
    }

    synchronized void advance(Duration duration) {
        nanos += duration.toNanos();
    }

    Duration now() {
        return Duration.ofNanos(nanos);
    }
}
