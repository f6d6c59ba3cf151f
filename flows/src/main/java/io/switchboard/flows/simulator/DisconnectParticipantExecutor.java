package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;

final class DisconnectParticipantExecutor implements ActionExecutor {

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        state.record(action.identifier(), action.type(), StepKind.ENDING, "call disconnected", Duration.ZERO);
        return ActionOutcome.end(EndingKind.DISCONNECTED, "");
    }
}
