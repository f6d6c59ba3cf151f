package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;

/**
 * TransferParticipantToThirdParty (Transfer to phone number): the caller is put through to
 * {@code ThirdPartyPhoneNumber}; the call leaves the flow TRANSFERRED_TO_NUMBER. With
 * {@code ContinueFlowExecution: True} ("Resume flow after disconnect") the flow goes on once the third
 * party hangs up, so the simulation continues at NextAction. A number that is not E.164 takes CallFailed.
 */
final class ThirdPartyTransferExecutor implements ActionExecutor {

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        String number = state.references(action.identifier()).value(action.textParameter("ThirdPartyPhoneNumber").orElse("")).trim();
        if (!number.matches("\\+[1-9]\\d{6,14}")) {
            state.record(action.identifier(), action.type(), StepKind.BRANCH,
                    "cannot call \"" + number + "\": not an E.164 number (CallFailed)", Duration.ZERO);
            return Branches.firstError(action, "not an E.164 number: " + number, "CallFailed", "NoMatchingError");
        }
        boolean resume = "true".equalsIgnoreCase(action.textParameter("ContinueFlowExecution").orElse("False"));
        if (resume) {
            state.record(action.identifier(), action.type(), StepKind.SETTING,
                    "caller talks with " + number + "; the flow resumes when they hang up", Duration.ZERO);
            return ActionOutcome.next();
        }
        state.record(action.identifier(), action.type(), StepKind.ENDING, "transferred to " + number, Duration.ZERO);
        return ActionOutcome.end(EndingKind.TRANSFERRED_TO_NUMBER, number);
    }
}
