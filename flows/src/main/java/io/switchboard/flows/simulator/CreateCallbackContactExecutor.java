package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;

/**
 * CreateCallbackContact: queues a callback to the callback number (else the caller's own number) in the
 * working queue, after InitialCallDelaySeconds, with MaximumConnectionAttempts. The call itself goes on
 * at NextAction (flows usually thank the caller and hang up).
 */
final class CreateCallbackContactExecutor implements ActionExecutor {

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        String number = state.callbackNumber != null ? state.callbackNumber : state.contact.callerNumber();
        String queue = state.references(action.identifier()).value(action.textParameter("QueueId").orElse(""));
        String where = !queue.isBlank() ? queue : state.targetQueue;
        if (where == null && "customerQueue".equals(state.flowType())) {
            where = "the queue the contact waits in";
        }
        if (where == null) {
            state.record(action.identifier(), action.type(), StepKind.BRANCH, "no queue for the callback (Error branch)", Duration.ZERO);
            return ActionOutcome.error("NoMatchingError", "no working queue for the callback");
        }
        state.record(action.identifier(), action.type(), StepKind.SETTING, "callback to " + number + " queued in " + where
                + " in " + action.textParameter("InitialCallDelaySeconds").orElse("0") + " s, up to "
                + action.textParameter("MaximumConnectionAttempts").orElse("1") + " attempt(s)", Duration.ZERO);
        return ActionOutcome.next();
    }
}
