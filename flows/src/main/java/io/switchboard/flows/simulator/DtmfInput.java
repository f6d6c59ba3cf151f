package io.switchboard.flows.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.FlowAction;
import java.time.Duration;
import java.util.Optional;

/**
 * The keypad side of GetParticipantInput (participant-actions-getparticipantinput): the caller's keys
 * up to the termination key (# unless {@code DTMFConfiguration.InputTerminationSequence} says
 * otherwise), at most {@code CustomValidation.MaximumLength} of them.
 * <ul>
 *   <li>StoreInput False: the keys are matched against the conditions; no match → NoMatchingCondition,
 *       nothing within InputTimeLimitSeconds (5 s by default) → InputTimeLimitExceeded.</li>
 *   <li>StoreInput True: the keys become {@code $.StoredCustomerInput} and the block succeeds; with no
 *       keys it still succeeds and stores {@code Timeout} (admin guide, Store customer input). A
 *       PhoneNumberValidation that fails takes InvalidPhoneNumber.</li>
 * </ul>
 */
final class DtmfInput {

    static final int DEFAULT_TIME_LIMIT_SECONDS = 5;

    private final Pacer pacer;

    DtmfInput(Pacer pacer) {
        this.pacer = pacer;
    }

    ActionOutcome collect(FlowAction action, CallState state) {
        CallerInput input = state.nextInput();
        boolean store = "true".equalsIgnoreCase(action.textParameter("StoreInput").orElse("False"));
        Duration limit = Duration.ofSeconds(timeLimitSeconds(action, state));
        if (!(input instanceof CallerInput.Dtmf dtmf) || keys(action, dtmf.digits()).isEmpty()) {
            String said = input instanceof CallerInput.Silence || input instanceof CallerInput.Dtmf ? "presses nothing"
                    : input.describe() + " (this block listens for keys only)";
            state.record(action.identifier(), action.type(), StepKind.PAUSE,
                    "caller " + said + " for " + limit.toSeconds() + " s" + (store ? ": $.StoredCustomerInput = Timeout" : ": InputTimeLimitExceeded"),
                    limit);
            pacer.waitFor(limit);
            if (state.hangsUpAfterSilence(action.identifier())) {
                return state.callerHangsUp(action.identifier(), action.type());
            }
            if (store) {
                state.storedInput = "Timeout";
                return ActionOutcome.next();
            }
            return ActionOutcome.error("InputTimeLimitExceeded", "no keys within " + limit.toSeconds() + " s");
        }
        String keys = keys(action, dtmf.digits());
        if (store) {
            return store(action, state, keys);
        }
        Optional<String> next = Branches.matching(action, keys).map(c -> c.nextAction());
        state.record(action.identifier(), action.type(), StepKind.BRANCH, "caller presses " + keys
                + (next.isPresent() ? "" : ": no option for it (NoMatchingCondition)"), Duration.ZERO);
        return next.map(ActionOutcome::goTo).orElseGet(() -> ActionOutcome.error("NoMatchingCondition", "no option " + keys));
    }

    private ActionOutcome store(FlowAction action, CallState state, String keys) {
        JsonNode phone = action.parameters().path("InputValidation").path("PhoneNumberValidation");
        String stored = keys;
        if (!phone.isMissingNode()) {
            Optional<String> number = PhoneNumbers.fromKeys(keys, phone.path("NumberFormat").asText("Local"),
                    phone.path("CountryCode").asText("US"));
            if (number.isEmpty()) {
                state.record(action.identifier(), action.type(), StepKind.BRANCH,
                        "caller enters " + keys + ": not a valid phone number (InvalidPhoneNumber)", Duration.ZERO);
                return ActionOutcome.error("InvalidPhoneNumber", keys + " is not a valid phone number");
            }
            stored = number.get();
        }
        state.storedInput = stored;
        boolean encrypted = action.parameters().has("InputEncryption");
        state.record(action.identifier(), action.type(), StepKind.SETTING, "caller enters " + keys
                + ": $.StoredCustomerInput = " + (encrypted ? "(encrypted)" : stored), Duration.ZERO);
        return ActionOutcome.next();
    }

    /** The keys before the termination key, cut to the maximum length. */
    static String keys(FlowAction action, String pressed) {
        String terminator = action.parameters().path("DTMFConfiguration").path("InputTerminationSequence").asText("#");
        String keys = pressed;
        int end = terminator.isEmpty() ? -1 : keys.indexOf(terminator);
        if (end >= 0) {
            keys = keys.substring(0, end);
        }
        JsonNode max = action.parameters().path("InputValidation").path("CustomValidation").path("MaximumLength");
        int limit = max.isMissingNode() ? Integer.MAX_VALUE : max.asInt(Integer.MAX_VALUE);
        return keys.length() > limit ? keys.substring(0, limit) : keys;
    }

    private static int timeLimitSeconds(FlowAction action, CallState state) {
        String raw = state.references(action.identifier())
                .value(action.textParameter("InputTimeLimitSeconds").orElse("" + DEFAULT_TIME_LIMIT_SECONDS));
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            return DEFAULT_TIME_LIMIT_SECONDS;
        }
    }
}
