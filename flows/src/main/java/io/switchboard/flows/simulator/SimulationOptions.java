package io.switchboard.flows.simulator;

import java.util.HashSet;
import java.util.Set;

/**
 * How a simulation runs.
 *
 * @param timeScale        how much of each prompt's spoken length to really wait: 1 = real time
 *                         (a slow function in the sandbox progresses between polls), 0 = no waiting
 * @param maxSteps         safety cap against flows that loop forever
 * @param clock            measures Lambda calls and waits out prompts
 * @param queuesAtCapacity queue ids/ARNs whose TransferContactToQueue takes the QueueAtCapacity branch
 */
public record SimulationOptions(double timeScale, int maxSteps, SimulationClock clock, Set<String> queuesAtCapacity) {

    public static final int DEFAULT_MAX_STEPS = 1_000;

    public SimulationOptions {
        if (timeScale < 0) {
            throw new IllegalArgumentException("timeScale must be >= 0");
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be >= 1");
        }
        queuesAtCapacity = Set.copyOf(queuesAtCapacity);
    }

    public static SimulationOptions defaults() {
        return new SimulationOptions(1.0, DEFAULT_MAX_STEPS, SimulationClock.system(), Set.of());
    }

    public SimulationOptions withTimeScale(double scale) {
        return new SimulationOptions(scale, maxSteps, clock, queuesAtCapacity);
    }

    public SimulationOptions withMaxSteps(int steps) {
        return new SimulationOptions(timeScale, steps, clock, queuesAtCapacity);
    }

    public SimulationOptions withClock(SimulationClock newClock) {
        return new SimulationOptions(timeScale, maxSteps, newClock, queuesAtCapacity);
    }

    public SimulationOptions withQueueAtCapacity(String queueId) {
        Set<String> queues = new HashSet<>(queuesAtCapacity);
        queues.add(queueId);
        return new SimulationOptions(timeScale, maxSteps, clock, queues);
    }
}
