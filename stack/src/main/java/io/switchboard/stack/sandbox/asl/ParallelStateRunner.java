package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Parallel: ParallelStateStarted, each branch's own events, then ParallelStateSucceeded (or
 * ParallelStateFailed); the output is the array of the branches' outputs, in branch order. The
 * branches run one after another — AWS interleaves their events in no fixed order anyway.
 */
final class ParallelStateRunner implements StateRunner<State.Parallel> {
    @Override
    public StepResult run(State.Parallel state, JsonNode input, ExecutionScope scope) throws InterruptedException {
        scope.history().stateEntered(state, input);
        return NestedFailures.run(state, state.retry(), state.catchers(), input, scope, () -> attempt(state, input, scope));
    }

    private static StepResult attempt(State.Parallel state, JsonNode input, ExecutionScope scope) throws InterruptedException {
        JsonNode context = scope.identity().contextObject(state.name(), scope.now(), null);
        DataFlow flow = state.dataFlow();
        JsonNode effective = flow.effectiveInput(input, context);
        scope.history().record("ParallelStateStarted", null, null);
        ArrayNode results = AslJson.NODES.arrayNode();
        for (StateMachineDefinition branch : state.branches()) {
            try {
                results.add(StateMachineWalker.walk(branch, effective, scope));
            } catch (StatesError failure) {
                throw new NestedFailures.Nested(failure);
            }
        }
        scope.history().record("ParallelStateSucceeded", null, null);
        JsonNode output = flow.output(input, flow.selectResult(results, context), context);
        scope.history().stateExited(state, output);
        return new StepResult(output, state.next());
    }
}
