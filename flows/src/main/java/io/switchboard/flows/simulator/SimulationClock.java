package io.switchboard.flows.simulator;

import java.time.Duration;

/** Measures Lambda calls and waits out prompts; tests substitute a manual clock. */
public interface SimulationClock {

    long nanoTime();

    void sleep(Duration duration);

    static SimulationClock system() {
        return new SimulationClock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration duration) {
                try {
                    Thread.sleep(duration.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SimulationInterruptedException();
                }
            }
        };
    }
}
