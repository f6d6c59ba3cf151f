package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.util.Optional;

/** Get customer input: plays the prompt, then listens for keys ({@link DtmfInput}) or talks with a Lex bot ({@link LexConversation}). */
final class GetParticipantInputExecutor implements ActionExecutor {

    private final PromptPlayer prompts;
    private final DtmfInput keypad;
    private final LexConversation lex;

    GetParticipantInputExecutor(PromptPlayer prompts, DtmfInput keypad, LexConversation lex) {
        this.prompts = prompts;
        this.keypad = keypad;
        this.lex = lex;
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        Optional<ActionOutcome> failed = prompts.play(action.identifier(), action.type(), action.parameters(), state);
        if (failed.isPresent()) {
            return failed.get();
        }
        return LexConversation.usesLex(action) ? lex.converse(action, state) : keypad.collect(action, state);
    }
}
