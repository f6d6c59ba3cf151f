package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;

/**
 * UpdateContactCallbackNumber (contact-actions-updatecontactcallbacknumber): sets the number a queued
 * callback will dial. Not an E.164 number (for example a stored input of {@code Timeout}) takes
 * InvalidCallbackNumber.
 */
final class CallbackNumberExecutor implements ActionExecutor {

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        String number = state.references(action.identifier()).value(action.textParameter("CallbackNumber").orElse("")).trim();
        if (!number.matches("\\+[1-9]\\d{6,14}")) {
            state.record(action.identifier(), action.type(), StepKind.BRANCH,
                    "callback number \"" + number + "\" is not a valid number (InvalidCallbackNumber)", Duration.ZERO);
            return ActionOutcome.error("InvalidCallbackNumber", "not an E.164 number: " + number);
        }
        state.callbackNumber = number;
        state.record(action.identifier(), action.type(), StepKind.SETTING, "callback number: " + number, Duration.ZERO);
        return ActionOutcome.next();
    }
}
