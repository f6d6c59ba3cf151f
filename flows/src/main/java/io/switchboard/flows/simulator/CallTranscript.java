package io.switchboard.flows.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What happened on one simulated call.
 *
 * @param warnings        things Connect would do differently or a designer should look at, each naming the action
 * @param finalAttributes the contact attributes when the call ended
 */
public record CallTranscript(List<TranscriptStep> steps, CallEnding ending, Duration totalDuration,
                             List<LambdaCall> lambdaCalls, List<String> warnings, Map<String, String> finalAttributes) {

    public CallTranscript {
        steps = List.copyOf(steps);
        lambdaCalls = List.copyOf(lambdaCalls);
        warnings = List.copyOf(warnings);
        finalAttributes = Map.copyOf(finalAttributes);
    }

    /** The sum of all silence the caller hears while waiting: every step that {@link StepKind#isDeadAir() is dead air}. */
    public Duration deadAir() {
        return steps.stream().filter(s -> s.kind().isDeadAir()).map(TranscriptStep::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /** Everything the caller heard, in order (speech only). */
    public List<String> heard() {
        return steps.stream().filter(s -> s.kind() == StepKind.SPEECH).map(TranscriptStep::description).toList();
    }

    /** Action identifiers in the order they ran (repeats included). */
    public List<String> path() {
        return steps.stream().map(TranscriptStep::actionId).toList();
    }

    public boolean visited(String actionId) {
        return steps.stream().anyMatch(s -> s.actionId().equals(actionId));
    }

    public long timesVisited(String actionId) {
        return steps.stream().filter(s -> s.actionId().equals(actionId)).count();
    }
}
