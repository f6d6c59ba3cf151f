package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** Task: runs the resource, retrying and catching as the state's Retry and Catch say. */
final class TaskStateRunner implements StateRunner<State.Task> {
    @Override
    public StepResult run(State.Task state, JsonNode input, ExecutionScope scope) throws InterruptedException {
        scope.history().stateEntered(state, input);
        Map<State.Retrier, Integer> retries = new HashMap<>();
        int retryCount = 0;
        while (true) {
            try {
                return attempt(state, input, scope, retryCount);
            } catch (StatesError error) {
                State.Retrier retrier = state.retry().stream().filter(r -> r.handles(error)).findFirst().orElse(null);
                int done = retrier == null ? 0 : retries.getOrDefault(retrier, 0);
                if (retrier != null && done < retrier.maxAttempts()) {
                    retries.put(retrier, done + 1);
                    retryCount++;
                    scope.sleep(retrier.delayMillis(done + 1));
                    continue;
                }
                State.Catcher catcher = state.catchers().stream().filter(c -> c.handles(error)).findFirst().orElseThrow(() -> error);
                JsonNode output = catcher.resultPath() == null ? input : catcher.resultPath().write(input, AslJson.errorOutput(error));
                scope.history().stateExited(state, output);
                return new StepResult(output, catcher.next());
            }
        }
    }

    private static StepResult attempt(State.Task state, JsonNode input, ExecutionScope scope, int retryCount)
            throws InterruptedException {
        JsonNode context = scope.identity().contextObject(state.name(), scope.now(), retryCount);
        DataFlow flow = state.dataFlow();
        JsonNode parameters = flow.effectiveInput(input, context);
        JsonNode result = new TaskInvocation(state, scope).invoke(parameters);
        JsonNode output = flow.output(input, flow.selectResult(result, context));
        scope.history().stateExited(state, output);
        return new StepResult(output, state.next());
    }
}
