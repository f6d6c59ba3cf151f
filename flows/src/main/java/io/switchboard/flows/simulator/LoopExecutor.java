package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;

/**
 * Connect's Loop: run N times, the block says ContinueLooping N times, then DoneLooping once and
 * resets. The counter belongs to the action identifier.
 */
final class LoopExecutor implements ActionExecutor {

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        String raw = state.references(action.identifier()).value(action.textParameter("LoopCount").orElse("0"));
        int loopCount;
        try {
            loopCount = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            return ActionOutcome.error("NoMatchingError", "LoopCount \"" + raw + "\" is not a number");
        }
        int done = state.loopCounters.merge(action.identifier(), 1, Integer::sum);
        String result;
        if (done <= loopCount) {
            result = "ContinueLooping";
        } else {
            result = "DoneLooping";
            state.loopCounters.remove(action.identifier());
        }
        state.record(action.identifier(), action.type(), StepKind.BRANCH,
                result + " (" + Math.min(done, loopCount) + " of " + loopCount + ")", Duration.ZERO);
        return action.transitions().conditions().stream()
                .filter(c -> c.operands().contains(result))
                .findFirst()
                .map(c -> ActionOutcome.goTo(c.nextAction()))
                .orElseGet(ActionOutcome::next);
    }
}
