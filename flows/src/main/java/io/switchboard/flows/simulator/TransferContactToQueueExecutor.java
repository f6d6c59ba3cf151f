package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;
import java.util.Set;

/**
 * Ends the call in the working queue, unless none is set or the queue is marked at capacity. A flow that
 * never sets a working queue itself (a transfer-to-queue flow run from a quick connect, for example)
 * transfers to the queue the contact arrived with, as Connect does; the transcript says it assumed one.
 */
final class TransferContactToQueueExecutor implements ActionExecutor {

    private final Set<String> queuesAtCapacity;

    TransferContactToQueueExecutor(Set<String> queuesAtCapacity) {
        this.queuesAtCapacity = queuesAtCapacity;
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        if (state.targetQueue == null && setsItsOwnQueue(state)) {
            return ActionOutcome.error("NoMatchingError", "no working queue set");
        }
        if (state.targetQueue == null) {
            state.record(action.identifier(), action.type(), StepKind.ENDING,
                    "transferred to the queue set before this flow (this flow sets none)", Duration.ZERO);
            return ActionOutcome.end(EndingKind.TRANSFERRED_TO_QUEUE, "queue set before this flow");
        }
        if (queuesAtCapacity.contains(state.targetQueue)) {
            return ActionOutcome.error("QueueAtCapacity", "queue " + state.targetQueue + " is at capacity");
        }
        state.record(action.identifier(), action.type(), StepKind.ENDING, "transferred to queue " + state.targetQueue, Duration.ZERO);
        return ActionOutcome.end(EndingKind.TRANSFERRED_TO_QUEUE, state.targetQueue);
    }

    private static boolean setsItsOwnQueue(CallState state) {
        return state.frames.stream().anyMatch(frame -> frame.flow().actions().stream()
                .anyMatch(a -> a.type().equals("UpdateContactTargetQueue")));
    }
}
