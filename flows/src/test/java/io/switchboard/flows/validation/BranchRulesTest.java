package io.switchboard.flows.validation;

import static io.switchboard.flows.TestFlows.action;
import static io.switchboard.flows.TestFlows.message;
import static io.switchboard.flows.TestFlows.withError;
import static io.switchboard.flows.validation.ValidationFlows.errors;
import static io.switchboard.flows.validation.ValidationFlows.findingsWith;
import static io.switchboard.flows.validation.ValidationFlows.parameters;
import static io.switchboard.flows.validation.ValidationFlows.warnings;
import static io.switchboard.flows.validation.ValidationFlows.withCondition;
import static io.switchboard.flows.validation.ValidationFlows.withoutErrors;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Conditions and error branches against the reference pages. */
class BranchRulesTest {

    private static ObjectNode compare() {
        ObjectNode compare = withoutErrors(action("check", "Compare", "bye"));
        parameters(compare).put("ComparisonValue", "$.Attributes.status");
        return compare;
    }

    private static ObjectNode loop() {
        ObjectNode loop = action("again", "Loop", null);
        parameters(loop).put("LoopCount", "3");
        return loop;
    }

    @Test
    void messageParticipantWithoutErrorBranches_isClean() {
        // Connect's own default flows write "Errors": [] for MessageParticipant; the old rule called that an error.
        assertThat(findingsWith(withoutErrors(message("hi", "Hi.", "bye")))).isEmpty();
    }

    @Test
    void compareWithoutNoMatchingCondition_isClean() {
        assertThat(findingsWith(withCondition(compare(), "Equals", "OK", "bye"))).isEmpty();
    }

    @Test
    void unknownOperator_isAnError() {
        assertThat(errors(findingsWith(withCondition(compare(), "StartsWith", "OK", "bye"))))
                .extracting(FlowProblem::message).containsExactly("unknown condition operator StartsWith");
    }

    @Test
    void aConditionWithoutOperatorOrWithTwoOperands_andAnErrorWithoutType_areErrors() {
        ObjectNode check = withCondition(compare(), "Equals", "OK", "bye");
        ObjectNode condition = (ObjectNode) check.get("Transitions").get("Conditions").get(0).get("Condition");
        ((com.fasterxml.jackson.databind.node.ArrayNode) condition.get("Operands")).add("KO");
        withCondition(check, "", "x", "bye");
        withError(check, "", "bye");

        assertThat(errors(findingsWith(check))).extracting(FlowProblem::message).contains(
                "Equals needs exactly one operand, found 2", "a Conditions entry has no Operator", "an Errors entry has no ErrorType");
    }

    @Test
    void loop_needsBothContinueAndDoneLooping() {
        ObjectNode loop = withCondition(loop(), "Equals", "ContinueLooping", "bye");

        assertThat(errors(findingsWith(loop))).extracting(FlowProblem::message)
                .containsExactly("Loop needs a condition Equals DoneLooping");
    }

    @Test
    void loop_allowsOnlyItsOwnResults() {
        ObjectNode loop = withCondition(withCondition(withCondition(loop(), "Equals", "ContinueLooping", "bye"),
                "Equals", "DoneLooping", "bye"), "Equals", "Maybe", "bye");

        assertThat(errors(findingsWith(loop))).extracting(FlowProblem::message).singleElement().asString()
                .contains("conditions compare with ContinueLooping or DoneLooping, found Equals \"Maybe\"");
    }

    @Test
    void checkHoursOfOperation_needsTrueAndFalse() {
        ObjectNode hours = withCondition(action("open?", "CheckHoursOfOperation", "bye"), "Equals", "True", "bye");

        assertThat(errors(findingsWith(hours))).extracting(FlowProblem::message)
                .containsExactly("CheckHoursOfOperation needs a condition Equals False");
    }

    @Test
    void getParticipantInput_comparesSingleKeysWithEqualsOnly() {
        ObjectNode input = action("menu", "GetParticipantInput", "bye");
        parameters(input).put("Text", "Press 1").put("StoreInput", "False").put("InputTimeLimitSeconds", "5");
        withCondition(input, "Equals", "12", "bye");
        withCondition(input, "NumberGreaterThan", "1", "bye");

        assertThat(errors(findingsWith(input))).extracting(FlowProblem::message).containsExactly(
                "GetParticipantInput conditions compare one key (0-9, * or #), found \"12\"",
                "GetParticipantInput allows only Equals conditions, found NumberGreaterThan");
    }

    @Test
    void getParticipantInput_withoutNoMatchingError_isAnError() {
        ObjectNode input = withoutErrors(action("menu", "GetParticipantInput", "bye"));
        parameters(input).put("Text", "Press 1").put("InputTimeLimitSeconds", "5");

        assertThat(errors(findingsWith(input))).extracting(FlowProblem::message).singleElement().asString()
                .startsWith("GetParticipantInput needs an Errors branch for NoMatchingError");
    }

    @Test
    void conditionsOnAnActionWithoutResult_areAWarning() {
        ObjectNode hello = withCondition(message("hi", "Hi.", "bye"), "Equals", "x", "bye");

        assertThat(errors(findingsWith(hello))).isEmpty();
        assertThat(warnings(findingsWith(hello))).extracting(FlowProblem::message)
                .containsExactly("MessageParticipant has no result to compare: its Conditions are never taken");
    }

    @Test
    void anErrorTheActionNeverRaises_isAWarning() {
        ObjectNode hello = withError(message("hi", "Hi.", "bye"), "QueueAtCapacity", "bye");

        assertThat(warnings(findingsWith(hello))).extracting(FlowProblem::message)
                .containsExactly("MessageParticipant never raises QueueAtCapacity (its page lists NoMatchingError)");
    }

    @Test
    void waitEvent_needsItsCondition() {
        ObjectNode wait = withCondition(action("pause", "Wait", "bye"), "Equals", "WaitCompleted", "bye");
        parameters(wait).put("TimeLimitSeconds", "900").putArray("Events").add("CustomerReturned");

        assertThat(errors(findingsWith(wait))).extracting(FlowProblem::message)
                .containsExactly("Wait needs a condition Equals CustomerReturned for its event CustomerReturned");
    }

    @Test
    void waitWithTheReferencesTimeoutSeconds_isAWarningNotAnError() {
        ObjectNode wait = withCondition(action("pause", "Wait", "bye"), "Equals", "WaitCompleted", "bye");
        parameters(wait).put("TimeoutSeconds", "30");

        assertThat(errors(findingsWith(wait))).isEmpty();
        assertThat(warnings(findingsWith(wait))).extracting(FlowProblem::message).singleElement().asString()
                .contains("use TimeLimitSeconds");
    }
}
