package io.switchboard.flows.validation;

import static io.switchboard.flows.TestFlows.action;
import static io.switchboard.flows.TestFlows.actionAt;
import static io.switchboard.flows.TestFlows.message;
import static io.switchboard.flows.TestFlows.minimal;
import static io.switchboard.flows.TestFlows.withActionAfterStart;
import static io.switchboard.flows.TestFlows.withError;
import static io.switchboard.flows.validation.ValidationFlows.errors;
import static io.switchboard.flows.validation.ValidationFlows.findings;
import static io.switchboard.flows.validation.ValidationFlows.findingsWith;
import static io.switchboard.flows.validation.ValidationFlows.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.TestFlows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where actions go: existing targets (ERROR), terminal actions (ERROR), dead ends and orphans (WARNING). */
class TransitionRulesTest {

    @Test
    void aTransitionToAMissingAction_isAnError() {
        ObjectNode flow = minimal();
        ((ObjectNode) actionAt(flow, 0).get("Transitions")).put("NextAction", "gone");

        assertThat(errors(findings(flow))).extracting(FlowProblem::actionId, FlowProblem::message).contains(
                org.assertj.core.groups.Tuple.tuple("hello", "NextAction goes to 'gone', which is not an action of this flow"));
    }

    @Test
    void errorAndConditionTargets_mustExistToo() {
        ObjectNode compare = action("check", "Compare", "bye");
        ValidationFlows.parameters(compare).put("ComparisonValue", "$.Attributes.x");
        ValidationFlows.withCondition(compare, "Equals", "1", "missing-branch");
        ((ObjectNode) compare.get("Transitions").get("Errors").get(0)).put("NextAction", "missing-error");

        assertThat(errors(findingsWith(compare))).extracting(FlowProblem::message)
                .anyMatch(m -> m.contains("'missing-branch'")).anyMatch(m -> m.contains("'missing-error'"));
    }

    @Test
    void disconnectWithTransitions_isAnError() {
        ObjectNode flow = minimal();
        ((ArrayNode) flow.get("Actions")).set(1, withError(TestFlows.disconnect("bye"), "NoMatchingError", "hello"));

        assertThat(errors(findings(flow))).extracting(FlowProblem::message)
                .containsExactly("DisconnectParticipant ends the flow; its Transitions must be {}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TransferContactToQueue", "EndFlowExecution", "TransferContactToAgent", "DisconnectParticipant"})
    void actionsThatEndTheFlow_needNoNextAction(String type) {
        ObjectNode ending = action("end", type, null);

        assertThat(findingsWith(ending)).isEmpty();
    }

    @Test
    void aNonEndingActionWithNowhereToGo_isADeadEndWarning() {
        ObjectNode stuck = withError(message("stuck", "Hi.", null), "NoMatchingError", "bye");

        assertThat(errors(findingsWith(stuck))).isEmpty();
        assertThat(warnings(findingsWith(stuck))).extracting(FlowProblem::actionId, FlowProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("stuck",
                        "MessageParticipant has no NextAction and no Conditions: after it the contact has nowhere to go"));
    }

    @Test
    void anUnreachableAction_isAWarning() {
        ObjectNode flow = minimal();
        ((ArrayNode) flow.get("Actions")).add(message("orphan", "Nobody hears me.", "bye"));

        assertThat(findings(flow)).containsExactly(FlowProblem.warning("orphan", "unreachable from StartAction 'hello'",
                ActionCatalog.ACTIONS_PAGE));
    }

    @Test
    void aMisspelledType_isAnErrorThatSaysWhatWasMeant() {
        ObjectNode typo = message("hi", "Hi.", "bye").put("Type", "MessageParticipnat");

        assertThat(errors(findingsWith(typo))).extracting(FlowProblem::message)
                .containsExactly("unknown action type MessageParticipnat; did you mean MessageParticipant?");
    }
}
