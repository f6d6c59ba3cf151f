package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;

/** Wait, played as a silent pause of its time limit, then the WaitCompleted branch (else NextAction). */
final class WaitExecutor implements ActionExecutor {

    private final Pacer pacer;

    WaitExecutor(Pacer pacer) {
        this.pacer = pacer;
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
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
        return action.transitions().conditions().stream()
                .filter(c -> c.operands().contains("WaitCompleted"))
                .findFirst()
                .map(c -> ActionOutcome.goTo(c.nextAction()))
                .orElseGet(ActionOutcome::next);
    }
}
