package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;
import java.util.Locale;

/**
 * CheckVoiceId (flow-control-actions-checkvoiceid): compares the Voice ID result chosen by
 * {@code CheckVoiceIdOption} (enrollment status, voice authentication or fraud detection) with the
 * conditions. The answers come from {@link ServiceMocks}; by default the caller is not enrolled.
 */
final class CheckVoiceIdExecutor implements ActionExecutor {

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        ServiceMocks services = state.surroundings.services();
        String option = action.textParameter("CheckVoiceIdOption").orElse("voiceAuthentication");
        String result = switch (option.toLowerCase(Locale.ROOT)) {
            case "enrollmentstatus" -> enrollment(services.voiceIdAuthentication());
            case "frauddetection" -> services.voiceIdFraud();
            default -> services.voiceIdAuthentication();
        };
        var branch = Branches.matching(action, result);
        state.record(action.identifier(), action.type(), StepKind.BRANCH, "Voice ID " + option + ": " + result
                + (services.voiceIdAuthentication().equals("NotEnrolled") ? " (no Voice ID enrolment in the simulation)" : "")
                + branch.map(c -> "").orElse(": no condition for it"), Duration.ZERO);
        return branch.map(c -> ActionOutcome.goTo(c.nextAction()))
                .orElseGet(() -> Branches.firstError(action, "no condition for " + result, "NoMatchingCondition", "NoMatchingError"));
    }

    private static String enrollment(String authentication) {
        return switch (authentication) {
            case "NotEnrolled" -> "NotEnrolled";
            case "OptedOut" -> "OptedOut";
            default -> "Enrolled";
        };
    }
}
