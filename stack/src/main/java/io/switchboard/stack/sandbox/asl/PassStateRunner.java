package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** Pass: Result (or the effective input) placed by ResultPath. */
final class PassStateRunner implements StateRunner<State.Pass> {
    @Override
    public StepResult run(State.Pass state, JsonNode input, ExecutionScope scope) {
        scope.history().stateEntered(state, input);
        JsonNode context = scope.identity().contextObject(state.name(), scope.now(), null);
        JsonNode effective = state.dataFlow().effectiveInput(input, context);
        JsonNode result = state.result() != null ? state.result() : effective;
        JsonNode output = state.dataFlow().output(input, result);
        scope.history().stateExited(state, output);
        return new StepResult(output, state.next());
    }
}
