package io.switchboard.flows.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import java.util.List;

/** MessageParticipantIteratively plays a non-empty list of messages, each a Text, an SSML or a PromptId. */
final class MessageLoopRule extends ActionRule {

    private static final List<String> SOURCES = List.of("Text", "SSML", "PromptId", "Media");

    MessageLoopRule() {
        super("MessageParticipantIteratively");
    }

    @Override
    void check(FlowDocument flow, FlowAction action, List<FlowProblem> problems) {
        JsonNode messages = action.parameters().path("Messages");
        if (!messages.isArray()) {
            return; // ParameterRule reports a missing or misshapen Messages
        }
        if (messages.isEmpty()) {
            problems.add(FlowProblem.error(action.identifier(), "Messages is empty: there is nothing to play", page()));
        }
        int position = 0;
        for (JsonNode message : messages) {
            position++;
            long sources = SOURCES.stream().filter(message::has).count();
            if (sources != 1) {
                problems.add(FlowProblem.error(action.identifier(), "message #" + position
                        + " needs exactly one of Text, SSML or PromptId, found " + sources, page()));
            }
        }
    }
}
