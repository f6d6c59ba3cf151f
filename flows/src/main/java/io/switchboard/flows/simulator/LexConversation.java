package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.Transitions.ConditionBranch;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A turn with a Lex bot (ConnectParticipantWithLexBot, or GetParticipantInput with LexV2Bot/LexBot):
 * the conditions are intent names. A scripted intent is what the bot recognised; an utterance (or
 * keys) is matched to the intent whose name it says; nothing said takes InputTimeLimitExceeded when
 * the block has it, else NoMatchingCondition. The recognised intent and slots become
 * {@code $.Lex.IntentName} and {@code $.Lex.Slots}.
 */
final class LexConversation {

    private final Pacer pacer;

    LexConversation(Pacer pacer) {
        this.pacer = pacer;
    }

    static boolean usesLex(FlowAction action) {
        return action.parameters().has("LexV2Bot") || action.parameters().has("LexBot");
    }

    ActionOutcome converse(FlowAction action, CallState state) {
        CallerInput input = state.nextInput();
        String bot = bot(action, state);
        if (input instanceof CallerInput.Silence) {
            Duration limit = Duration.ofSeconds(DtmfInput.DEFAULT_TIME_LIMIT_SECONDS);
            state.record(action.identifier(), action.type(), StepKind.PAUSE,
                    "caller says nothing to the bot " + bot + ": no intent", limit);
            pacer.waitFor(limit);
            if (state.hangsUpAfterSilence(action.identifier())) {
                return state.callerHangsUp(action.identifier(), action.type());
            }
            return Branches.firstError(action, "the caller said nothing", "InputTimeLimitExceeded", "NoMatchingCondition");
        }
        String intent;
        Map<String, String> slots = Map.of();
        if (input instanceof CallerInput.Intent scripted) {
            intent = scripted.name();
            slots = scripted.slots();
        } else {
            String said = input instanceof CallerInput.Utterance u ? u.text() : ((CallerInput.Dtmf) input).digits();
            intent = intentSaid(action, said).orElse("FallbackIntent");
        }
        state.lexIntent = intent;
        state.lexSlots = slots;
        Optional<ConditionBranch> branch = action.transitions().conditions().stream()
                .filter(c -> c.operands().stream().anyMatch(intent::equalsIgnoreCase))
                .findFirst();
        state.record(action.identifier(), action.type(), StepKind.BRANCH, "caller " + input.describe() + " to the bot "
                + bot + ": intent " + intent + (slots.isEmpty() ? "" : " " + slots)
                + (branch.isPresent() ? "" : " (no condition for it: NoMatchingCondition)"), Duration.ZERO);
        return branch.map(c -> ActionOutcome.goTo(c.nextAction()))
                .orElseGet(() -> ActionOutcome.error("NoMatchingCondition", "no condition for intent " + intent));
    }

    /** The first condition's intent whose name (split at case changes and underscores) the caller said. */
    private static Optional<String> intentSaid(FlowAction action, String said) {
        String words = " " + said.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
        for (ConditionBranch condition : action.transitions().conditions()) {
            for (String operand : condition.operands()) {
                String name = operand.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
                for (String word : name.split("\\s+")) {
                    if (!word.isBlank() && !word.equals("intent") && words.contains(" " + word + " ")) {
                        return Optional.of(operand);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String bot(FlowAction action, CallState state) {
        var v2 = action.parameters().path("LexV2Bot").path("AliasArn");
        String name = v2.isMissingNode() ? action.parameters().path("LexBot").path("Name").asText("?")
                : state.references(action.identifier()).value(v2.asText());
        return name.isBlank() ? "(alias not set)" : name;
    }
}
