package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;

/**
 * Map (inline): MapStateStarted, then per item MapIterationStarted, the processor's own events and
 * MapIterationSucceeded (or MapIterationFailed and MapStateFailed), then MapStateSucceeded; Retry
 * and Catch as for a Task.
 */
final class MapStateRunner implements StateRunner<State.Map> {
    @Override
    public StepResult run(State.Map state, JsonNode input, ExecutionScope scope) throws InterruptedException {
        scope.history().stateEntered(state, input);
        java.util.Map<State.Retrier, Integer> retries = new HashMap<>();
        while (true) {
            try {
                return attempt(state, input, scope);
            } catch (StatesError error) {
                State.Retrier retrier = state.retry().stream().filter(r -> r.handles(error)).findFirst().orElse(null);
                int done = retrier == null ? 0 : retries.getOrDefault(retrier, 0);
                if (retrier != null && done < retrier.maxAttempts()) {
                    retries.put(retrier, done + 1);
                    scope.sleep(retrier.delayMillis(done + 1));
                    continue;
                }
                if (error instanceof IterationFailed) {
                    scope.history().record("MapStateFailed", null, null);
                }
                StatesError cause = error instanceof IterationFailed failed ? failed.failure : error;
                State.Catcher catcher = state.catchers().stream().filter(c -> c.handles(cause)).findFirst().orElseThrow(() -> cause);
                JsonNode output = catcher.resultPath() == null ? input : catcher.resultPath().write(input, AslJson.errorOutput(cause));
                scope.history().stateExited(state, output);
                return new StepResult(output, catcher.next());
            }
        }
    }

    private static StepResult attempt(State.Map state, JsonNode input, ExecutionScope scope) throws InterruptedException {
        DataFlow flow = state.dataFlow();
        JsonNode effective = flow.inputPath() == null ? AslJson.object() : flow.inputPath().requireStatePath(input);
        JsonNode items = state.itemsPath().require(effective, "ItemsPath");
        if (!items.isArray()) {
            throw StatesError.runtime("Map state input must be an array but was: " + AslJson.write(items));
        }
        ObjectNode started = AslJson.object();
        started.put("length", items.size());
        scope.history().record("MapStateStarted", "mapStateStartedEventDetails", started);
        ArrayNode results = AslJson.NODES.arrayNode();
        for (int index = 0; index < items.size(); index++) {
            scope.history().record("MapIterationStarted", "mapIterationStartedEventDetails", iteration(state, index));
            JsonNode itemInput = items.get(index);
            if (state.itemSelector() != null) {
                ObjectNode context = scope.identity().contextObject(state.name(), scope.now(), null);
                ObjectNode item = context.putObject("Map").putObject("Item");
                item.put("Index", index);
                item.set("Value", items.get(index));
                itemInput = state.itemSelector().apply(new PathContext(effective, context));
            }
            try {
                results.add(StateMachineWalker.walk(state.processor(), itemInput, scope));
            } catch (StatesError failure) {
                scope.history().record("MapIterationFailed", "mapIterationFailedEventDetails", iteration(state, index));
                throw new IterationFailed(failure);
            }
            scope.history().record("MapIterationSucceeded", "mapIterationSucceededEventDetails", iteration(state, index));
        }
        scope.history().record("MapStateSucceeded", null, null);
        JsonNode context = scope.identity().contextObject(state.name(), scope.now(), null);
        JsonNode output = flow.output(input, flow.selectResult(results, context));
        scope.history().stateExited(state, output);
        return new StepResult(output, state.next());
    }

    /** An iteration's failure: MapStateFailed is recorded only once no Retry takes it. */
    private static final class IterationFailed extends StatesError {
        private final StatesError failure;

        IterationFailed(StatesError failure) {
            super(failure.error(), failure.cause());
            this.failure = failure;
        }
    }

    private static ObjectNode iteration(State.Map state, int index) {
        ObjectNode details = AslJson.object();
        details.put("index", index);
        details.put("name", state.name());
        return details;
    }
}
