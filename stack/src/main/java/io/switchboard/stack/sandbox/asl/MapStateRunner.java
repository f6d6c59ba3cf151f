package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Map (inline): MapStateStarted, then per item MapIterationStarted, the processor's own events and
 * MapIterationSucceeded (or MapIterationFailed and MapStateFailed), then MapStateSucceeded; Retry
 * and Catch as for a Task.
 */
final class MapStateRunner implements StateRunner<State.Map> {
    @Override
    public StepResult run(State.Map state, JsonNode input, ExecutionScope scope) throws InterruptedException {
        scope.history().stateEntered(state, input);
        return NestedFailures.run(state, state.retry(), state.catchers(), input, scope, () -> attempt(state, input, scope));
    }

    private static StepResult attempt(State.Map state, JsonNode input, ExecutionScope scope) throws InterruptedException {
        DataFlow flow = state.dataFlow();
        JsonNode effective = flow.selectInput(input, scope.identity().contextObject(state.name(), scope.now(), null));
        JsonNode items = state.itemsPath().require(effective, "ItemsPath");
        if (!items.isArray()) {
            throw StatesError.runtime("Map state input must be an array but was: " + AslJson.write(items));
        }
        State.Map.Limits limits = state.limits();
        if (limits.maxConcurrencyPath() != null) {
            long maxConcurrency = integer(limits.maxConcurrencyPath(), effective, "MaxConcurrencyPath");
            if (maxConcurrency < 0) {
                throw StatesError.runtime("MaxConcurrency cannot be negative.");
            }
        }
        ObjectNode started = AslJson.object();
        started.put("length", items.size());
        scope.history().record("MapStateStarted", "mapStateStartedEventDetails", started);
        if (limits.toleratedFailureCountPath() != null
                && integer(limits.toleratedFailureCountPath(), effective, "ToleratedFailureCountPath") < 0) {
            throw StatesError.runtime("ToleratedFailureCount cannot be negative.");
        }
        if (limits.toleratedFailurePercentagePath() != null) {
            JsonNode percentage = limits.toleratedFailurePercentagePath().require(effective, "ToleratedFailurePercentagePath");
            if (!percentage.isNumber()) {
                throw StatesError.runtime(notA("ToleratedFailurePercentagePath", percentage, "float", limits.toleratedFailurePercentagePath()));
            }
            if (percentage.asDouble() < 0 || percentage.asDouble() > 100) {
                throw StatesError.runtime("ToleratedFailurePercentage must be between 0 and 100.");
            }
        }
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
                throw new NestedFailures.Nested(failure);
            }
            scope.history().record("MapIterationSucceeded", "mapIterationSucceededEventDetails", iteration(state, index));
        }
        scope.history().record("MapStateSucceeded", null, null);
        JsonNode context = scope.identity().contextObject(state.name(), scope.now(), null);
        JsonNode output = flow.output(input, flow.selectResult(results, context), context);
        scope.history().stateExited(state, output);
        return new StepResult(output, state.next());
    }

    private static long integer(JsonPath path, JsonNode input, String field) {
        JsonNode value = path.require(input, field);
        if (!value.isIntegralNumber()) {
            throw StatesError.runtime(notA(field, value, "integer", path));
        }
        return value.asLong();
    }

    /** AWS's words: {@code The MaxConcurrencyPath field refers to value "x" which is not a valid integer: $.path}. */
    private static String notA(String field, JsonNode value, String kind, JsonPath path) {
        return "The " + field + " field refers to value \"" + (value.isTextual() ? value.asText() : AslJson.write(value))
                + "\" which is not a valid " + kind + ": " + path;
    }

    private static ObjectNode iteration(State.Map state, int index) {
        ObjectNode details = AslJson.object();
        details.put("index", index);
        details.put("name", state.name());
        return details;
    }
}
