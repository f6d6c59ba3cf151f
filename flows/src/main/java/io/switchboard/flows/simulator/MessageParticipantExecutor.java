package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;

/** Speaks Text (with inline references) or SSML (rendered as heard); prompts and media by name. */
final class MessageParticipantExecutor implements ActionExecutor {

    private final PromptPlayer prompts;

    MessageParticipantExecutor(PromptPlayer prompts) {
        this.prompts = prompts;
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        if (!PromptPlayer.hasPrompt(action.parameters())) {
            return ActionOutcome.error("NoMatchingError", "no Text, SSML or PromptId");
        }
        return prompts.play(action.identifier(), action.type(), action.parameters(), state).orElseGet(ActionOutcome::next);
    }
}
