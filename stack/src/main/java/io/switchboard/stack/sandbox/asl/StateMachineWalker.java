package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** Runs a state machine — the execution's, or one Map iteration's — from StartAt until a state ends it. */
final class StateMachineWalker {
    private StateMachineWalker() {
    }

    /** The output of the last state; a state's failure propagates, its runtime errors naming the state. */
    static JsonNode walk(StateMachineDefinition machine, JsonNode input, ExecutionScope scope) throws InterruptedException {
        JsonNode data = input;
        String next = machine.startAt();
        while (next != null && !scope.history().isClosed()) {
            State state = machine.state(next);
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
