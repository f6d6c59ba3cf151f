package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** Choice: the first matching rule's Next, else Default, else States.NoChoiceMatched. */
final class ChoiceStateRunner implements StateRunner<State.Choice> {
    @Override
    public StepResult run(State.Choice state, JsonNode input, ExecutionScope scope) {
        scope.history().stateEntered(state, input);
        DataFlow flow = state.dataFlow();
        JsonNode effective = flow.inputPath() == null ? AslJson.object() : flow.inputPath().requireStatePath(input);
        String next = state.choices().stream()
                .filter(branch -> branch.rule().matches(effective))
                .map(State.Choice.Branch::next)
                .findFirst()
                .orElse(state.defaultNext());
        if (next == null) {
            throw new StatesError(StatesError.NO_CHOICE_MATCHED, "No Matches!");
        }
        JsonNode output = flow.outputPath() == null ? AslJson.object() : flow.outputPath().requireStatePath(effective);
        scope.history().stateExited(state, output);
        return new StepResult(output, next);
    }
}
