package io.switchboard.flows.testing;

import java.util.List;

/**
 * One interaction: an event expected from the system, the actions taken when it is seen, how many
 * times it should be seen, and which observations become active after it.
 *
 * @param usageTimes how many times the event must be seen ({@code Usage: {"Type": "EXACTLY", "Times": n}});
 *                   0 when the document does not say (then once is enough)
 */
public record Observation(String identifier, ObservedEvent event, List<TestAction> actions, int usageTimes,
                          List<String> nextObservations) {

    public Observation {
        actions = List.copyOf(actions);
        nextObservations = List.copyOf(nextObservations);
    }

    public boolean endsTest() {
        return actions.stream().anyMatch(a -> a instanceof TestAction.EndTest);
    }
}
