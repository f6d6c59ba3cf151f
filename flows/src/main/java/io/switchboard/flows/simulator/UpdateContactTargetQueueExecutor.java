package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;

/** Sets the queue a later TransferContactToQueue uses. */
final class UpdateContactTargetQueueExecutor implements ActionExecutor {

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        String queue = state.references(action.identifier()).value(action.textParameter("QueueId").orElse(""));
        if (queue.isBlank()) {
            return ActionOutcome.error("NoMatchingError", "no queue id");
        }
        state.targetQueue = queue;
        state.record(action.identifier(), action.type(), StepKind.SETTING, "working queue " + queue, Duration.ZERO);
        return ActionOutcome.next();
    }
}
