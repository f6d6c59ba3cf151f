package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;

/**
 * DequeueContactAndTransferToQueue (contact-actions-dequeuecontactandtransfertoqueue): takes the contact
 * out of its queue and puts it in {@code QueueId} (TRANSFERRED_TO_QUEUE) or an agent's queue
 * {@code AgentId} (TRANSFERRED_TO_AGENT). A queue the simulation marks at capacity takes QueueAtCapacity.
 */
final class DequeueAndTransferExecutor implements ActionExecutor {

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        ReferenceResolver references = state.references(action.identifier());
        String queue = references.value(action.textParameter("QueueId").orElse(""));
        String agent = references.value(action.textParameter("AgentId").orElse(""));
        if (!agent.isBlank()) {
            state.record(action.identifier(), action.type(), StepKind.ENDING, "moved to the queue of agent " + agent, Duration.ZERO);
            return ActionOutcome.end(EndingKind.TRANSFERRED_TO_AGENT, agent);
        }
        if (queue.isBlank()) {
            return ActionOutcome.error("NoMatchingError", "no QueueId or AgentId");
        }
        QueueMetrics metrics = state.surroundings.metricsFor(queue);
        state.targetQueue = queue;
        state.record(action.identifier(), action.type(), StepKind.ENDING, "moved to queue " + queue
                + " (" + metrics.contactsInQueue() + " waiting, " + metrics.agentsAvailable() + " agent(s) available)", Duration.ZERO);
        return ActionOutcome.end(EndingKind.TRANSFERRED_TO_QUEUE, queue);
    }
}
