package io.switchboard.flows.simulator;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How a simulation runs.
 *
 * @param timeScale        how much of each prompt's spoken length to really wait: 1 = real time
 *                         (a slow function in the sandbox progresses between polls), 0 = no waiting
 * @param maxSteps         safety cap against flows that loop forever
 * @param clock            measures Lambda calls and waits out prompts
 * @param queuesAtCapacity queue ids/ARNs whose TransferContactToQueue takes the QueueAtCapacity branch
 * @param stepListener     told of each transcript step as it is recorded (a live transcript); called on
 *                         the simulating thread
 * @param caller           what the caller presses and says
 * @param surroundings     hours, queue figures, other flows and service answers
 */
public record SimulationOptions(double timeScale, int maxSteps, SimulationClock clock, Set<String> queuesAtCapacity,
                                Consumer<TranscriptStep> stepListener, CallerScript caller, Surroundings surroundings) {

    public static final int DEFAULT_MAX_STEPS = 1_000;

    public SimulationOptions {
        if (timeScale < 0) {
            throw new IllegalArgumentException("timeScale must be >= 0");
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be >= 1");
        }
        queuesAtCapacity = Set.copyOf(queuesAtCapacity);
        stepListener = stepListener == null ? step -> { } : stepListener;
        caller = caller == null ? CallerScript.silent() : caller;
        surroundings = surroundings == null ? Surroundings.defaults() : surroundings;
    }

    /** Real time, the system clock, a silent caller, {@link Surroundings#defaults()}. */
    public static SimulationOptions defaults() {
        return new SimulationOptions(1.0, DEFAULT_MAX_STEPS, SimulationClock.system(), Set.of(), null, null, null);
    }

    public SimulationOptions withTimeScale(double scale) {
        return new SimulationOptions(scale, maxSteps, clock, queuesAtCapacity, stepListener, caller, surroundings);
    }

    public SimulationOptions withMaxSteps(int steps) {
        return new SimulationOptions(timeScale, steps, clock, queuesAtCapacity, stepListener, caller, surroundings);
    }

    public SimulationOptions withClock(SimulationClock newClock) {
        return new SimulationOptions(timeScale, maxSteps, newClock, queuesAtCapacity, stepListener, caller, surroundings);
    }

    public SimulationOptions withQueueAtCapacity(String queueId) {
        Set<String> queues = new HashSet<>(queuesAtCapacity);
        queues.add(queueId);
        return new SimulationOptions(timeScale, maxSteps, clock, queues, stepListener, caller, surroundings);
    }

    /** The same options, telling {@code listener} of each step as the call plays. */
    public SimulationOptions withStepListener(Consumer<TranscriptStep> listener) {
        return new SimulationOptions(timeScale, maxSteps, clock, queuesAtCapacity, listener, caller, surroundings);
    }

    /** What the caller does at each input block. */
    public SimulationOptions withCaller(CallerScript script) {
        return new SimulationOptions(timeScale, maxSteps, clock, queuesAtCapacity, stepListener, script, surroundings);
    }

    public SimulationOptions withSurroundings(Surroundings world) {
        return new SimulationOptions(timeScale, maxSteps, clock, queuesAtCapacity, stepListener, caller, world);
    }
}
