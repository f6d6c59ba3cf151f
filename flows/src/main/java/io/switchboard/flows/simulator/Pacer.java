package io.switchboard.flows.simulator;

import java.time.Duration;

/** Really waits a scaled share of each prompt or pause, so a slow function keeps pace with the call. */
final class Pacer {

    /** Keeps a stray long Wait block from blocking a simulation for hours. */
    static final Duration LONGEST_REAL_WAIT = Duration.ofSeconds(60);

    private final SimulationOptions options;

    Pacer(SimulationOptions options) {
        this.options = options;
    }

    void waitFor(Duration callTime) {
        if (options.timeScale() == 0 || callTime.isZero()) {
            return;
        }
        long millis = Math.round(callTime.toMillis() * options.timeScale());
        options.clock().sleep(Duration.ofMillis(Math.min(millis, LONGEST_REAL_WAIT.toMillis())));
    }
}
