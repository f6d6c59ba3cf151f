package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** Succeed and Fail, the states that end an execution. */
final class TerminalStateRunners {
    private TerminalStateRunners() {
    }

    static StepResult succeed(State.Succeed state, JsonNode input, ExecutionScope scope) {
        scope.history().stateEntered(state, input);
        DataFlow flow = state.dataFlow();
        JsonNode effective = flow.inputPath() == null ? AslJson.object() : flow.inputPath().require(input, "InputPath");
        JsonNode output = flow.outputPath() == null ? AslJson.object() : flow.outputPath().require(effective, "OutputPath");
        scope.history().stateExited(state, output);
        return new StepResult(output, null);
    }

    static StepResult fail(State.Fail state, JsonNode input, ExecutionScope scope) {
        scope.history().stateEntered(state, input);
        throw new StatesError(state.error(), state.cause());
    }
}
