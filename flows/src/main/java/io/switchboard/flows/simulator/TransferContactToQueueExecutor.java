package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;
import java.util.Set;

/** Ends the call in the working queue, unless none is set or the queue is marked at capacity. */
final class TransferContactToQueueExecutor implements ActionExecutor {

    private final Set<String> queuesAtCapacity;

    TransferContactToQueueExecutor(Set<String> queuesAtCapacity) {
        this.queuesAtCapacity = queuesAtCapacity;
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        if (state.targetQueue == null) {
            return ActionOutcome.error("NoMatchingError", "no working queue set");
        }
        if (queuesAtCapacity.contains(state.targetQueue)) {
            return ActionOutcome.error("QueueAtCapacity", "queue " + state.targetQueue + " is at capacity");
        }
        state.record(action.identifier(), action.type(), StepKind.ENDING, "transferred to queue " + state.targetQueue, Duration.ZERO);
        return ActionOutcome.end(EndingKind.TRANSFERRED_TO_QUEUE, state.targetQueue);
    }
}
