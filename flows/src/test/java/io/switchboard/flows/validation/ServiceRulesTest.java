package io.switchboard.flows.validation;

import static io.switchboard.flows.TestFlows.action;
import static io.switchboard.flows.TestFlows.disconnect;
import static io.switchboard.flows.TestFlows.document;
import static io.switchboard.flows.TestFlows.minimal;
import static io.switchboard.flows.TestFlows.withActionAfterStart;
import static io.switchboard.flows.TestFlows.withError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.TestFlows;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What Connect's service (rather than its reference) requires: error branches, Wait's time limit, flow attribute shape. */
class ServiceRulesTest {

    private final FlowValidator validator = new FlowValidator();

    /** A type with exactly the given error branches, each going to bye. */
    private static ObjectNode withBranches(String id, String type, List<String> errorTypes) {
        ObjectNode action = action(id, type, "bye");
        ((ObjectNode) action.get("Transitions")).remove("Errors");
        errorTypes.forEach(e -> withError(action, e, "bye"));
        return action;
    }

    private static List<FlowProblem> errorBranchProblems(ObjectNode action) {
        return new ErrorBranchRule().check(document(withActionAfterStart(minimal(), action)));
    }

    static Stream<Arguments> requiredBranches() {
        return ErrorBranchRule.REQUIRED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest
    @MethodSource("requiredBranches")
    void actionWithItsRequiredBranches_isClean(String type, List<String> required) {
        assertThat(errorBranchProblems(withBranches("step", type, required))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("requiredBranches")
    void eachMissingRequiredBranch_isReportedNamingTheActionAndErrorType(String type, List<String> required) {
        for (String missing : required) {
            List<String> present = required.stream().filter(e -> !e.equals(missing)).toList();

            assertThat(errorBranchProblems(withBranches("step", type, present))).containsExactly(new FlowProblem("step",
                    type + " needs an Errors branch for " + missing + "; Connect refuses the flow without it"));
        }
    }

    @Test
    void theTableHoldsTheServiceTestedRequirements() {
        assertThat(ErrorBranchRule.REQUIRED)
                .containsEntry("Compare", List.of("NoMatchingCondition"))
                .containsEntry("TransferContactToQueue", List.of("QueueAtCapacity", "NoMatchingError"))
                .containsEntry("UpdateFlowAttributes", List.of("NoMatchingError"))
                .containsEntry("Wait", List.of("NoMatchingError"));
        for (String type : List.of("MessageParticipant", "InvokeLambdaFunction", "UpdateContactAttributes",
                "UpdateContactTargetQueue", "GetParticipantInput", "TagContact", "UntagContact", "UpdateContactData",
                "UpdateContactEventHooks")) {
            assertThat(ErrorBranchRule.REQUIRED).containsEntry(type, List.of("NoMatchingError"));
        }
    }

    @Test
    void compareWithOnlyNoMatchingError_isReportedOnce() {
        ObjectNode compare = action("check", "Compare", "bye"); // NextAction + NoMatchingError, no NoMatchingCondition
        ((ObjectNode) compare.get("Parameters")).put("ComparisonValue", "$.Attributes.x");
        ((ObjectNode) compare.get("Transitions")).putArray("Conditions").addObject().put("NextAction", "bye")
                .putObject("Condition").put("Operator", "Equals").putArray("Operands").add("OK");

        assertThat(validator.validate(document(withActionAfterStart(minimal(), compare))))
                .containsExactly(new FlowProblem("check",
                        "Compare needs an Errors branch for NoMatchingCondition; Connect refuses the flow without it"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UpdateFlowLoggingBehavior", "Loop", "UpdateContactTextToSpeechVoice",
            "UpdateContactRecordingBehavior", "UpdateContactRoutingBehavior"})
    void typesWithoutRequiredBranches_areCleanWithOrWithoutNoMatchingError(String type) {
        assertThat(errorBranchProblems(withBranches("step", type, List.of()))).isEmpty();
        assertThat(errorBranchProblems(withBranches("step", type, List.of("NoMatchingError")))).isEmpty();
    }

    @Test
    void messageParticipantWithoutErrors_failsTheWholeValidator() {
        ObjectNode flow = minimal();
        ((ObjectNode) TestFlows.actionAt(flow, 0).get("Transitions")).remove("Errors");

        assertThat(validator.validate(document(flow))).containsExactly(new FlowProblem("hello",
                "MessageParticipant needs an Errors branch for NoMatchingError; Connect refuses the flow without it"));
    }

    @Test
    void terminalDisconnect_carriesNoErrorBranchEither() {
        ObjectNode flow = minimal();
        ArrayNode actions = (ArrayNode) flow.get("Actions");
        actions.set(1, withError(disconnect("bye"), "NoMatchingError", "hello"));

        assertThat(validator.validate(document(flow)))
                .containsExactly(new FlowProblem("bye", "DisconnectParticipant ends the flow; its Transitions must be {}"));
    }

    // --- Wait

    private static ObjectNode waitBlock(String parameter, Object seconds) {
        ObjectNode wait = action("pause", "Wait", "bye");
        ObjectNode parameters = (ObjectNode) wait.get("Parameters");
        if (seconds instanceof Integer i) {
            parameters.put(parameter, i);
        } else if (seconds != null) {
            parameters.put(parameter, (String) seconds);
        }
        ((ObjectNode) wait.get("Transitions")).putArray("Conditions").addObject().put("NextAction", "bye")
                .putObject("Condition").put("Operator", "Equals").putArray("Operands").add("WaitCompleted");
        return wait;
    }

    private List<FlowProblem> validate(ObjectNode action) {
        return validator.validate(document(withActionAfterStart(minimal(), action)));
    }

    @Test
    void wait_withTimeLimitSeconds_isClean() {
        assertThat(validate(waitBlock("TimeLimitSeconds", "30"))).isEmpty();
        assertThat(validate(waitBlock("TimeLimitSeconds", 30))).isEmpty();
        assertThat(validate(waitBlock("TimeLimitSeconds", "$.Attributes.pause"))).isEmpty();
    }

    @Test
    void wait_withTheReferencesTimeoutSeconds_isToldToUseTimeLimitSeconds() {
        assertThat(validate(waitBlock("TimeoutSeconds", "30"))).containsExactly(new FlowProblem("pause",
                "Wait takes TimeLimitSeconds, not TimeoutSeconds (Connect rejects TimeoutSeconds): use TimeLimitSeconds"));
    }

    @Test
    void wait_withoutATimeLimit_orOutOfRange_isReported() {
        assertThat(validate(waitBlock("TimeLimitSeconds", null)))
                .containsExactly(new FlowProblem("pause", "Wait has no TimeLimitSeconds"));
        assertThat(validate(waitBlock("TimeLimitSeconds", "604801")))
                .containsExactly(new FlowProblem("pause", "TimeLimitSeconds must be 0..604800 (7 days), found 604801"));
        assertThat(validate(waitBlock("TimeLimitSeconds", "soon")))
                .containsExactly(new FlowProblem("pause", "TimeLimitSeconds must be a whole number of seconds, found \"soon\""));
    }

    @Test
    void wait_withoutNoMatchingError_isReported() {
        ObjectNode wait = waitBlock("TimeLimitSeconds", "30");
        ((ObjectNode) wait.get("Transitions")).remove("Errors");

        assertThat(validate(wait)).containsExactly(new FlowProblem("pause",
                "Wait needs an Errors branch for NoMatchingError; Connect refuses the flow without it"));
    }

    // --- Loop count, as a string or a number (exports carry either)

    private static ObjectNode loop(Object count) {
        ObjectNode loop = action("again", "Loop", "bye");
        ObjectNode parameters = (ObjectNode) loop.get("Parameters");
        if (count instanceof Integer i) {
            parameters.put("LoopCount", i);
        } else {
            parameters.put("LoopCount", (String) count);
        }
        ArrayNode conditions = ((ObjectNode) loop.get("Transitions")).putArray("Conditions");
        for (String result : new String[] {"ContinueLooping", "DoneLooping"}) {
            conditions.addObject().put("NextAction", "bye")
                    .putObject("Condition").put("Operator", "Equals").putArray("Operands").add(result);
        }
        return loop;
    }

    @Test
    void loopCount_0To100_asStringOrNumber_isClean() {
        for (Object count : List.of("0", 0, "100", 100, 11)) {
            assertThat(validate(loop(count))).as("LoopCount %s", count).isEmpty();
        }
    }

    @Test
    void loopCount_outside0To100_asStringOrNumber_isReported() {
        assertThat(validate(loop(101))).containsExactly(new FlowProblem("again", "LoopCount must be 0..100, found 101"));
        assertThat(validate(loop("-1"))).containsExactly(new FlowProblem("again", "LoopCount must be 0..100, found -1"));
    }

    // --- UpdateFlowAttributes

    @Test
    void flowAttributes_asTypeAndValueObjects_areClean() {
        ObjectNode update = action("settings", "UpdateFlowAttributes", "bye");
        ((ObjectNode) update.get("Parameters")).putObject("FlowAttributes").putObject("count_max")
                .put("Type", "String").put("Value", "10");

        assertThat(validate(update)).isEmpty();
    }

    @Test
    void flowAttributes_asBareStrings_orMissing_areReported() {
        ObjectNode bare = action("settings", "UpdateFlowAttributes", "bye");
        ((ObjectNode) bare.get("Parameters")).putObject("FlowAttributes").put("count_max", "10");
        ObjectNode none = action("settings", "UpdateFlowAttributes", "bye");

        assertThat(validate(bare)).containsExactly(new FlowProblem("settings",
                "flow attribute 'count_max' must be {\"Type\": \"String\", \"Value\": ...}"));
        assertThat(validate(none)).containsExactly(new FlowProblem("settings",
                "UpdateFlowAttributes needs a non-empty FlowAttributes object"));
    }

    // --- the shipped flows already carry every required branch

    @ParameterizedTest
    @ValueSource(strings = {"vanity", "async-demo"})
    void shippedFlows_carryEveryRequiredBranch(String name) {
        FlowDocument flow = FlowDocument.fromClasspath(name, TestFlows.ARNS);

        assertThat(new ErrorBranchRule().check(flow)).isEmpty();
        assertThat(flow.actions()).extracting(a -> a.type()).contains("Compare", "InvokeLambdaFunction", "MessageParticipant");
    }
}
