package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.Transitions.ConditionBranch;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Wait, played as a silent pause of its time limit, then the WaitCompleted branch (else NextAction).
 * An event-based wait on an asynchronous Lambda (a {@code LambdaInvocationId} parameter, or an event or
 * condition naming a Lambda) blocks until the function answers, then takes the branch whose operand
 * names the Lambda (e.g. {@code LambdaReturned}); a function that does not answer within the Wait's
 * TimeLimitSeconds (or its own limit) takes WaitCompleted, and a later Load Lambda result can still wait for it.
 */
final class WaitExecutor implements ActionExecutor {

    private final Pacer pacer;
    private final AsyncLambdaExecutor async;

    WaitExecutor(Pacer pacer, AsyncLambdaExecutor async) {
        this.pacer = pacer;
        this.async = async;
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        if (waitsOnLambda(action)) {
            return waitForLambda(action, state);
        }
        // Connect takes TimeLimitSeconds. The API reference's TimeoutSeconds (which the service rejects)
        // is still read so an old flow plays; the validator reports it (WaitRule).
        String raw = action.textParameter("TimeLimitSeconds").or(() -> action.textParameter("TimeoutSeconds")).orElse("0");
        Duration wait;
        try {
            wait = Duration.ofMillis(Math.round(Double.parseDouble(state.references(action.identifier()).value(raw)) * 1000));
        } catch (NumberFormatException e) {
            return ActionOutcome.error("NoMatchingError", "wait time \"" + raw + "\" is not a number");
        }
        state.record(action.identifier(), action.type(), StepKind.PAUSE, "waits " + wait.toMillis() / 1000.0 + " s", wait);
        pacer.waitFor(wait);
        return branch(action, "WaitCompleted");
    }

    private ActionOutcome waitForLambda(FlowAction action, CallState state) {
        Optional<AsyncLambdaExecutor.Result> result = async.await(action, state, timeLimit(action, state));
        if (result.isEmpty()) {
            return ActionOutcome.error("NoMatchingError", "no asynchronous Lambda invocation to wait for");
        }
        if (!result.get().arrived()) {
            return branch(action, "WaitCompleted");
        }
        return action.transitions().conditions().stream()
                .filter(WaitExecutor::namesLambda)
                .findFirst()
                .map(c -> ActionOutcome.goTo(c.nextAction()))
                .orElseGet(ActionOutcome::next);
    }

    /** The Wait's own time limit, or null when it has none (the invocation's limit then applies). */
    private static Duration timeLimit(FlowAction action, CallState state) {
        var raw = action.textParameter("TimeLimitSeconds").or(() -> action.textParameter("TimeoutSeconds"));
        try {
            return raw.map(r -> Duration.ofMillis(Math.round(Double.parseDouble(state.references(action.identifier()).value(r)) * 1000)))
                    .orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean waitsOnLambda(FlowAction action) {
        if (AsyncLambdaExecutor.invocationToLoad(action).isPresent()) {
            return true;
        }
        for (var event : action.parameters().path("Events")) {
            if (event.asText().toLowerCase(Locale.ROOT).contains("lambda")) {
                return true;
            }
        }
        return action.transitions().conditions().stream().anyMatch(WaitExecutor::namesLambda);
    }

    private static boolean namesLambda(ConditionBranch condition) {
        return condition.operands().stream().anyMatch(o -> o.toLowerCase(Locale.ROOT).contains("lambda"));
    }

    private static ActionOutcome branch(FlowAction action, String result) {
        return action.transitions().conditions().stream()
                .filter(c -> c.operands().contains(result))
                .findFirst()
                .map(c -> ActionOutcome.goTo(c.nextAction()))
                .orElseGet(ActionOutcome::next);
    }
}
