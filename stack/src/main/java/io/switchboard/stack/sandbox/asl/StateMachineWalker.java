package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** Runs a state machine — the execution's, or one Map iteration's — from StartAt until a state ends it. */
final class StateMachineWalker {
    private StateMachineWalker() {
    }

    /** The output of the last state; a state's failure propagates, its runtime errors naming the state. */
    static JsonNode walk(StateMachineDefinition machine, JsonNode input, ExecutionScope scope) throws InterruptedException {
        return walk(machine, machine.startAt(), input, scope, (state, stateInput) -> { });
    }

    /**
     * From {@code startAt} (a redrive resumes at the state that did not succeed); {@code entering}
     * hears of each state and its input before it runs.
     */
    static JsonNode walk(StateMachineDefinition machine, String startAt, JsonNode input, ExecutionScope scope,
                         java.util.function.BiConsumer<String, JsonNode> entering) throws InterruptedException {
        JsonNode data = input;
        String next = startAt;
        while (next != null && !scope.history().isClosed()) {
            State state = machine.state(next);
            entering.accept(state.name(), data);
            long enteredEventId = scope.history().size() + 1L;
            StepResult step;
            try {
                step = StateRunner.dispatch(state, data, scope);
            } catch (StatesError e) {
                throw e.inState(state.name(), enteredEventId);
            }
            data = step.output();
            next = step.next();
        }
        return data;
    }
}
