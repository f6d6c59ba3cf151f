package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Retry and Catch for the states that run state machines of their own (Map, Parallel): each
 * attempt records its own events; only when no retrier takes the failure is the state's
 * {@code …StateFailed} event recorded, before a catcher's {@code …StateExited} or the failure
 * ending the execution.
 */
final class NestedFailures {
    private NestedFailures() {
    }

    interface Attempt {
        StepResult run() throws InterruptedException;
    }

    /** A failure inside the nested machine, as opposed to one of the state's own (a bad path…). */
    static final class Nested extends StatesError {
        private final StatesError failure;

        Nested(StatesError failure) {
            super(failure.error(), failure.cause());
            this.failure = failure;
        }
    }

    static StepResult run(State state, List<State.Retrier> retry, List<State.Catcher> catchers, JsonNode input,
                          ExecutionScope scope, Attempt attempt) throws InterruptedException {
        Map<State.Retrier, Integer> retries = new HashMap<>();
        while (true) {
            try {
                return attempt.run();
            } catch (StatesError error) {
                State.Retrier retrier = retry.stream().filter(r -> r.handles(error)).findFirst().orElse(null);
                int done = retrier == null ? 0 : retries.getOrDefault(retrier, 0);
                if (retrier != null && done < retrier.maxAttempts()) {
                    retries.put(retrier, done + 1);
                    scope.sleep(retrier.delayMillis(done + 1));
                    continue;
                }
                StatesError failure = error;
                if (error instanceof Nested nested) {
                    scope.history().record(state.type() + "StateFailed", null, null);
                    failure = nested.failure;
                }
                StatesError cause = failure;
                State.Catcher catcher = catchers.stream().filter(c -> c.handles(cause)).findFirst().orElseThrow(() -> cause);
                JsonNode output = catcher.resultPath() == null ? input : catcher.resultPath().write(input, AslJson.errorOutput(cause));
                scope.history().stateExited(state, output);
                return new StepResult(output, catcher.next());
            }
        }
    }
}
