package io.switchboard.flows.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.ssml.InvalidSsmlException;
import java.time.Duration;
import java.util.Optional;

/**
 * Speaks a prompt the way Connect does: Text (with inline references), SSML (rendered as heard), or a
 * prompt / media file by name. A Text that turns out to be SSML at run time is read out tags and all,
 * and the transcript warns about it.
 */
final class PromptPlayer {

    private final Pacer pacer;

    PromptPlayer(Pacer pacer) {
        this.pacer = pacer;
    }

    static boolean hasPrompt(JsonNode parameters) {
        return parameters.hasNonNull("Text") || parameters.hasNonNull("SSML") || parameters.hasNonNull("PromptId")
                || parameters.hasNonNull("Media");
    }

    /** Plays the prompt in {@code parameters}; an error when Connect could not speak it, empty when played (or none). */
    Optional<ActionOutcome> play(String actionId, String type, JsonNode parameters, CallState state) {
        ReferenceResolver references = state.references(actionId);
        SpokenPrompt prompt;
        if (parameters.hasNonNull("SSML")) {
            String markup = references.value(parameters.get("SSML").asText());
            if (!markup.strip().startsWith("<speak")) {
                // Deployed flows carry SSML without a <speak> root (acme main's welcome) and Connect speaks it.
                state.warn(actionId, "SSML without a <speak> root: spoken as if wrapped in one");
                markup = "<speak>" + markup + "</speak>";
            }
            try {
                prompt = SpokenPrompt.fromSsml(markup);
            } catch (InvalidSsmlException e) {
                state.warn(actionId, "Connect cannot speak this SSML (" + e.getMessage() + ")");
                return Optional.of(ActionOutcome.error("NoMatchingError", e.getMessage()));
            }
        } else if (parameters.hasNonNull("Text")) {
            String written = parameters.get("Text").asText();
            String spoken = references.interpolate(written);
            if (written.contains("<speak")) {
                state.warn(actionId, "SSML in the Text parameter: Connect reads the tags out literally");
            } else if (spoken.contains("<speak")) {
                state.warn(actionId, "the Text prompt resolves to SSML at run time (" + firstReference(written)
                        + "): Connect reads the tags out literally; put it in the SSML parameter");
            }
            prompt = SpokenPrompt.fromText(spoken);
        } else if (parameters.hasNonNull("PromptId") || parameters.hasNonNull("Media")) {
            String what = parameters.hasNonNull("PromptId") ? references.value(parameters.get("PromptId").asText())
                    : parameters.path("Media").path("Uri").asText("media");
            state.warn(actionId, "audio prompt length unknown; counted as 0 s");
            state.record(actionId, type, StepKind.SPEECH, "audio prompt " + what, Duration.ZERO);
            return Optional.empty();
        } else {
            return Optional.empty();
        }
        StepKind kind = prompt.isSilence() ? StepKind.PAUSE : StepKind.SPEECH;
        state.record(actionId, type, kind, prompt.heard(), prompt.duration());
        pacer.waitFor(prompt.duration());
        return Optional.empty();
    }

    private static String firstReference(String text) {
        int at = text.indexOf("$.");
        if (at < 0) {
            return "a reference";
        }
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end);
    }
}
