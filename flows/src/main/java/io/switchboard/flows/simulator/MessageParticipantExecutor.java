package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.ssml.InvalidSsmlException;
import java.time.Duration;
import java.util.Optional;

/** Speaks Text (with inline references) or SSML (rendered as heard); prompts and media by name. */
final class MessageParticipantExecutor implements ActionExecutor {

    private final Pacer pacer;

    MessageParticipantExecutor(Pacer pacer) {
        this.pacer = pacer;
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        ReferenceResolver references = state.references(action.identifier());
        SpokenPrompt prompt;
        Optional<String> ssml = action.textParameter("SSML");
        Optional<String> text = action.textParameter("Text");
        if (ssml.isPresent()) {
            String markup = references.value(ssml.get());
            try {
                prompt = SpokenPrompt.fromSsml(markup);
            } catch (InvalidSsmlException e) {
                state.warn(action.identifier(), "Connect cannot speak this SSML (" + e.getMessage() + ")");
                return ActionOutcome.error("NoMatchingError", e.getMessage());
            }
        } else if (text.isPresent()) {
            prompt = SpokenPrompt.fromText(references.interpolate(text.get()));
            if (text.get().contains("<speak")) {
                state.warn(action.identifier(), "SSML in the Text parameter: Connect reads the tags out literally");
            }
        } else if (action.hasParameter("PromptId") || action.hasParameter("Media")) {
            String what = action.textParameter("PromptId").orElse(action.parameters().path("Media").path("Uri").asText("media"));
            state.warn(action.identifier(), "audio prompt length unknown; counted as 0 s");
            state.record(action.identifier(), action.type(), StepKind.SPEECH, "audio prompt " + what, Duration.ZERO);
            return ActionOutcome.next();
        } else {
            return ActionOutcome.error("NoMatchingError", "no Text, SSML or PromptId");
        }
        StepKind kind = prompt.isSilence() ? StepKind.PAUSE : StepKind.SPEECH;
        state.record(action.identifier(), action.type(), kind, prompt.heard(), prompt.duration());
        pacer.waitFor(prompt.duration());
        return ActionOutcome.next();
    }
}
