package io.switchboard.flows.validation;

import static io.switchboard.flows.TestFlows.message;
import static io.switchboard.flows.TestFlows.minimal;
import static io.switchboard.flows.TestFlows.withActionAfterStart;
import static io.switchboard.flows.validation.ValidationFlows.errors;
import static io.switchboard.flows.validation.ValidationFlows.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.TestFlows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What CreateContactFlow checks of the document as a whole and of identifiers: all ERRORs. */
class DocumentRulesTest {

    @Test
    void minimalFlow_isClean() {
        assertThat(findings(minimal())).isEmpty();
    }

    @Test
    void version_mustBe20191030() {
        assertThat(errors(findings(minimal().put("Version", "2020-01-01"))))
                .singleElement().extracting(FlowProblem::message).asString().contains("Version must be \"2019-10-30\"");
    }

    @Test
    void startAction_mustExist() {
        assertThat(errors(findings(minimal().put("StartAction", "nowhere"))))
                .extracting(FlowProblem::message).anyMatch(m -> m.contains("StartAction 'nowhere' is not an action"));
    }

    @Test
    void noActions_isAnError() {
        ObjectNode flow = minimal().put("StartAction", "hello");
        flow.putArray("Actions");

        assertThat(errors(findings(flow))).extracting(FlowProblem::message)
                .contains("Actions must be a non-empty array");
    }

    @Test
    void anActionWithoutIdentifierOrType_isAnError() {
        ObjectNode flow = minimal();
        ((ObjectNode) flow.get("Actions").get(1)).remove("Identifier");
        ((ObjectNode) flow.get("Actions").get(0)).remove("Type");

        assertThat(errors(findings(flow))).extracting(FlowProblem::message)
                .contains("action #2 (DisconnectParticipant) has no Identifier", "action has no Type");
    }

    @Test
    void identifiers_mustBeUnique() {
        ObjectNode flow = minimal();
        ((ArrayNode) flow.get("Actions")).add(TestFlows.disconnect("bye"));

        assertThat(errors(findings(flow))).extracting(FlowProblem::actionId, FlowProblem::message)
                .contains(org.assertj.core.groups.Tuple.tuple("bye", "Identifier is used by more than one action"));
    }

    @Test
    void identifiers_atMost50Characters() {
        String longId = "a".repeat(51);

        assertThat(errors(findings(withActionAfterStart(minimal(), message(longId, "Hi.", "bye")))))
                .extracting(FlowProblem::actionId).containsExactly(longId);
        assertThat(findings(withActionAfterStart(minimal(), message("b".repeat(50), "Hi.", "bye")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"say%", "a:b", "f(x)", "a\\b", "a/b", "a=b", "$x", "a,b", "a;b", "[a]", "{a}"})
    void identifiers_rejectForbiddenCharacters(String id) {
        assertThat(errors(findings(withActionAfterStart(minimal(), message(id, "Hi.", "bye")))))
                .anyMatch(p -> id.equals(p.actionId()) && p.message().contains("forbidden character"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"__proto__", "constructor", "toString", "valueOf", "hasOwnProperty"})
    void identifiers_rejectReservedNames(String id) {
        assertThat(errors(findings(withActionAfterStart(minimal(), message(id, "Hi.", "bye")))))
                .anyMatch(p -> id.equals(p.actionId()) && p.message().equals("Identifier '" + id + "' is a reserved name"));
    }

    @Test
    void tooManyActions_isAnError() {
        ObjectNode flow = minimal();
        ArrayNode actions = (ArrayNode) flow.get("Actions");
        ObjectNode previous = (ObjectNode) actions.get(0);
        for (int i = 0; i < 250; i++) {
            ObjectNode step = message("step-" + i, "Hi.", "bye");
            ((ObjectNode) previous.get("Transitions")).put("NextAction", step.get("Identifier").asText());
            actions.add(step);
            previous = step;
        }

        assertThat(errors(findings(flow))).extracting(FlowProblem::message)
                .containsExactly("a flow may have at most 250 actions, this one has 252");
    }

    @Test
    void contentOver256000Characters_isAnError() {
        ObjectNode flow = minimal();
        ((ObjectNode) flow.get("Metadata")).put("padding", "x".repeat(256_001));

        assertThat(errors(findings(flow))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Connect accepts at most 256000"))
                .satisfies(p -> assertThat(p.documentation()).endsWith("API_CreateContactFlow.html"));
    }
}
