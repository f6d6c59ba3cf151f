package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;

/**
 * TransferContactToAgent (contact-actions-transfercontacttoagent): in a transfer-to-agent flow the contact
 * goes to the agent chosen for the transfer; the call leaves the flow TRANSFERRED_TO_AGENT.
 */
final class TransferToAgentExecutor implements ActionExecutor {

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        String agent = state.references(action.identifier()).value(action.textParameter("AgentId").orElse(""));
        String who = agent.isBlank() ? "the agent chosen for the transfer" : "agent " + agent;
        state.record(action.identifier(), action.type(), StepKind.ENDING, "transferred to " + who, Duration.ZERO);
        return ActionOutcome.end(EndingKind.TRANSFERRED_TO_AGENT, agent);
    }
}
