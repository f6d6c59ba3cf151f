package io.switchboard.flows.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.References;
import io.switchboard.flows.ssml.InvalidSsmlException;
import io.switchboard.flows.ssml.Ssml;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prompts a caller would hear wrongly: literal SSML that Polly cannot read (not well-formed, no
 * {@code <speak>} root: "All SSML-enhanced text must be enclosed within a pair of speak tags"), and SSML put in
 * {@code Text}, which Connect reads out tag by tag (seed B's defect) — literally, or through a reference
 * whose name says it holds SSML.
 * Warnings: Connect accepts such flows.
 */
final class PromptRule implements FlowRule {

    static final String SSML_PAGE = "https://docs.aws.amazon.com/connect/latest/adminguide/supported-ssml-tags.html";
    /** A reference in Text whose name says it holds SSML, e.g. {@code $.Attributes.prompt_ssml}. */
    private static final Pattern SSML_REFERENCE = Pattern.compile("\\$\\.[A-Za-z]+\\.[\\w\\[\\]'.-]*?ssml[\\w\\[\\]'-]*",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> PROMPTING = Set.of("MessageParticipant", "GetParticipantInput", "ConnectParticipantWithLexBot");

    @Override
    public List<FlowProblem> check(FlowDocument flow) {
        List<FlowProblem> problems = new ArrayList<>();
        for (FlowAction action : flow.actions()) {
            String page = ActionCatalog.standard().spec(action.type()).map(ActionSpec::page).orElse(null);
            if (PROMPTING.contains(action.type())) {
                checkPrompt(action.identifier(), action.parameters(), page, problems);
            } else if ("MessageParticipantIteratively".equals(action.type())) {
                action.parameters().path("Messages").forEach(message -> checkPrompt(action.identifier(), message, page, problems));
            }
        }
        return problems;
    }

    /** The SSML and Text of one prompt: an action's parameters, or one of MessageParticipantIteratively's messages. */
    private static void checkPrompt(String id, JsonNode prompt, String page, List<FlowProblem> problems) {
        if (prompt.path("SSML").isTextual()) {
            checkSsml(id, prompt.get("SSML").asText(), problems);
        }
        if (prompt.path("Text").isTextual()) {
            checkText(id, prompt.get("Text").asText(), page, problems);
        }
    }

    private static void checkSsml(String id, String ssml, List<FlowProblem> problems) {
        if (References.isReference(ssml)) {
            return; // resolved at run time; the simulator checks what the reference holds
        }
        if (!ssml.strip().startsWith("<")) {
            problems.add(FlowProblem.warning(id, "SSML is plain text without <speak>: wrap it in <speak>...</speak> "
                    + "or put it in Text", SSML_PAGE));
            return;
        }
        try {
            Ssml.parse(ssml);
        } catch (InvalidSsmlException e) {
            problems.add(FlowProblem.warning(id, e.getMessage(), SSML_PAGE));
        }
    }

    private static void checkText(String id, String text, String page, List<FlowProblem> problems) {
        if (text.contains("<speak")) {
            problems.add(FlowProblem.warning(id, "Text contains SSML; Connect speaks Text literally, put SSML in the SSML parameter",
                    page));
            return;
        }
        Matcher reference = SSML_REFERENCE.matcher(text);
        if (reference.find()) {
            problems.add(FlowProblem.warning(id, "Text reads " + reference.group() + ", which by its name holds SSML; "
                    + "Connect would speak its tags: use the SSML parameter", page));
        }
    }
}
