package io.switchboard.stack.sandbox.asl;

import java.util.Map;

/** A validated definition. {@code timeoutSeconds} is {@code null} when the machine has no timeout. */
public record StateMachineDefinition(String startAt, Integer timeoutSeconds, Map<String, State> states) {
    public StateMachineDefinition {
        states = Map.copyOf(states);
    }

    public State state(String name) {
        State state = states.get(name);
        if (state == null) {
            throw StatesError.runtime("No state named '" + name + "'");
        }
        return state;
    }
}
