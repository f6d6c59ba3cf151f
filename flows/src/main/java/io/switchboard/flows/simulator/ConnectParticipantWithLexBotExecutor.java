package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.util.Optional;

/** Get customer input with a Lex bot: the bot's greeting (Text/SSML), then one turn of {@link LexConversation}. */
final class ConnectParticipantWithLexBotExecutor implements ActionExecutor {

    private final PromptPlayer prompts;
    private final LexConversation lex;

    ConnectParticipantWithLexBotExecutor(PromptPlayer prompts, LexConversation lex) {
        this.prompts = prompts;
        this.lex = lex;
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        Optional<ActionOutcome> failed = prompts.play(action.identifier(), action.type(), action.parameters(), state);
        return failed.orElseGet(() -> lex.converse(action, state));
    }
}
