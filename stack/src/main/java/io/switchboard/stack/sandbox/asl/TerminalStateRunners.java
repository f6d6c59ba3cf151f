package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** Succeed and Fail, the states that end an execution. */
final class TerminalStateRunners {
    private TerminalStateRunners() {
    }

    static StepResult succeed(State.Succeed state, JsonNode input, ExecutionScope scope) {
        scope.history().stateEntered(state, input);
        DataFlow flow = state.dataFlow();
        JsonNode effective = flow.inputPath() == null ? AslJson.object() : flow.inputPath().requireStatePath(input);
        JsonNode output = flow.outputPath() == null ? AslJson.object() : flow.outputPath().requireStatePath(effective);
        scope.history().stateExited(state, output);
        return new StepResult(output, null);
    }

    static StepResult fail(State.Fail state, JsonNode input, ExecutionScope scope) {
        scope.history().stateEntered(state, input);
        PathContext paths = new PathContext(input, scope.identity().contextObject(state.name(), scope.now(), null));
        String error = state.errorPath() == null ? state.error() : text(state.errorPath().evaluate(paths, "ErrorPath"));
        String cause = state.causePath() == null ? state.cause() : text(state.causePath().evaluate(paths, "CausePath"));
        throw new StatesError(error, cause);
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : AslJson.write(value);
    }
}
