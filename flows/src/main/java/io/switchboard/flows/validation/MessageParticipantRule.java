package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.References;
import io.switchboard.flows.ssml.InvalidSsmlException;
import io.switchboard.flows.ssml.Ssml;
import java.util.List;
import java.util.Optional;

/**
 * MessageParticipant takes exactly one of Text, SSML, PromptId or Media; literal SSML must be
 * well-formed with a {@code <speak>} root; SSML placed in Text would be read out tag by tag.
 */
final class MessageParticipantRule extends ActionRule {

    private static final List<String> SOURCES = List.of("Text", "SSML", "PromptId", "Media");

    MessageParticipantRule() {
        super("MessageParticipant");
    }

    @Override
    void check(FlowAction action, List<FlowProblem> problems) {
        String id = action.identifier();
        List<String> present = SOURCES.stream().filter(action::hasParameter).toList();
        if (present.size() != 1) {
            problems.add(new FlowProblem(id, "MessageParticipant needs exactly one of Text, SSML, PromptId or Media, found "
                    + (present.isEmpty() ? "none" : String.join(" and ", present))));
        }
        action.textParameter("SSML").ifPresent(ssml -> checkSsml(id, ssml, problems));
        Optional<String> text = action.textParameter("Text");
        if (text.isPresent() && text.get().contains("<speak")) {
            problems.add(new FlowProblem(id, "Text contains SSML; Connect speaks Text literally, put SSML in the SSML parameter"));
        }
    }

    private static void checkSsml(String id, String ssml, List<FlowProblem> problems) {
        if (References.isReference(ssml)) {
            return; // resolved at run time; the simulator checks what the reference holds
        }
        try {
            Ssml.parse(ssml);
        } catch (InvalidSsmlException e) {
            problems.add(new FlowProblem(id, e.getMessage()));
        }
    }
}
