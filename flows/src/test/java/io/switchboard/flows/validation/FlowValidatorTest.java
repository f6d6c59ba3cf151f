package io.switchboard.flows.validation;

import static io.switchboard.flows.TestFlows.action;
import static io.switchboard.flows.TestFlows.actionAt;
import static io.switchboard.flows.TestFlows.document;
import static io.switchboard.flows.TestFlows.message;
import static io.switchboard.flows.TestFlows.minimal;
import static io.switchboard.flows.TestFlows.withActionAfterStart;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.TestFlows;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowValidatorTest {

    private final FlowValidator validator = new FlowValidator();

    private List<FlowProblem> problems(ObjectNode flow) {
        return validator.validate(document(flow));
    }

    private static List<String> messages(List<FlowProblem> problems) {
        return problems.stream().map(FlowProblem::toString).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vanity", "async-demo"})
    void shippedFlows_validateClean(String name) {
        assertThat(validator.validate(FlowDocument.fromClasspath(name))).isEmpty();
        assertThat(validator.validate(FlowDocument.fromClasspath(name, TestFlows.ARNS))).isEmpty();
    }

    @Test
    void minimalFlow_isClean() {
        assertThat(problems(minimal())).isEmpty();
    }

    @Test
    void version_mustBe20191030() {
        ObjectNode flow = minimal().put("Version", "2020-01-01");

        assertThat(messages(problems(flow))).anyMatch(m -> m.contains("Version must be \"2019-10-30\""));
    }

    @Test
    void startAction_mustExist() {
        ObjectNode flow = minimal().put("StartAction", "nowhere");

        assertThat(messages(problems(flow))).anyMatch(m -> m.contains("StartAction 'nowhere' is not an action"));
    }

    @Test
    void identifiers_mustBeUnique() {
        ObjectNode flow = minimal();
        ((ArrayNode) flow.get("Actions")).add(TestFlows.disconnect("bye"));

        assertThat(problems(flow)).contains(new FlowProblem("bye", "Identifier is used by more than one action"));
    }

    @Test
    void identifiers_atMost50Characters() {
        String longId = "a".repeat(51);
        ObjectNode flow = withActionAfterStart(minimal(), message(longId, "Hi.", "bye"));

        assertThat(problems(flow)).extracting(FlowProblem::actionId).contains(longId);
        assertThat(problems(withActionAfterStart(minimal(), message("b".repeat(50), "Hi.", "bye")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"say%", "a:b", "f(x)", "a\\b", "a/b", "a=b", "$x", "a,b", "a;b", "[a]", "{a}"})
    void identifiers_rejectForbiddenCharacters(String id) {
        ObjectNode flow = withActionAfterStart(minimal(), message(id, "Hi.", "bye"));

        assertThat(messages(problems(flow))).anyMatch(m -> m.startsWith("action '" + id + "'") && m.contains("forbidden character"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"__proto__", "constructor"})
    void identifiers_rejectReservedNames(String id) {
        ObjectNode flow = withActionAfterStart(minimal(), message(id, "Hi.", "bye"));

        assertThat(problems(flow)).contains(new FlowProblem(id, "Identifier '" + id + "' is a reserved name"));
    }

    @Test
    void transitions_mustPointAtExistingActions() {
        ObjectNode flow = minimal();
        ((ObjectNode) actionAt(flow, 0).get("Transitions")).put("NextAction", "gone");

        assertThat(messages(problems(flow))).anyMatch(m -> m.contains("'hello'") && m.contains("goes to 'gone'"));
    }

    @Test
    void errorAndConditionTargets_mustExist() {
        ObjectNode compare = action("check", "Compare", "bye");
        ((ObjectNode) compare.get("Parameters")).put("ComparisonValue", "$.Attributes.x");
        ObjectNode transitions = (ObjectNode) compare.get("Transitions");
        transitions.putArray("Conditions").addObject().put("NextAction", "missing-branch")
                .putObject("Condition").put("Operator", "Equals").putArray("Operands").add("1");
        ((ObjectNode) transitions.get("Errors").get(0)).put("NextAction", "missing-error");

        List<String> messages = messages(problems(withActionAfterStart(minimal(), compare)));

        assertThat(messages).anyMatch(m -> m.contains("missing-branch")).anyMatch(m -> m.contains("missing-error"));
    }

    @Test
    void unreachableActions_areReported() {
        ObjectNode flow = minimal();
        ((ArrayNode) flow.get("Actions")).add(message("orphan", "Nobody hears me.", "bye"));

        assertThat(problems(flow)).contains(new FlowProblem("orphan", "unreachable from StartAction 'hello'"));
    }

    @Test
    void disconnect_mustHaveEmptyTransitions_andOtherActionsSomewhereToGo() {
        ObjectNode flow = minimal();
        ((ObjectNode) actionAt(flow, 1).get("Transitions")).put("NextAction", "hello");
        ObjectNode stuck = message("stuck", "Hi.", null);
        withActionAfterStart(flow, stuck);
        ((ObjectNode) actionAt(flow, 0).get("Transitions")).put("NextAction", "stuck");

        List<String> messages = messages(problems(flow));

        assertThat(messages).anyMatch(m -> m.contains("'bye'") && m.contains("Transitions must be {}"));
        assertThat(messages).anyMatch(m -> m.contains("'stuck'") && m.contains("no NextAction"));
    }

    @Test
    void loop_needsBothConditions() {
        ObjectNode loop = action("again", "Loop", "bye");
        ((ObjectNode) loop.get("Parameters")).put("LoopCount", "3");
        ((ObjectNode) loop.get("Transitions")).remove("Errors");
        ((ObjectNode) loop.get("Transitions")).putArray("Conditions").addObject().put("NextAction", "bye")
                .putObject("Condition").put("Operator", "Equals").putArray("Operands").add("ContinueLooping");

        assertThat(problems(withActionAfterStart(minimal(), loop)))
                .contains(new FlowProblem("again", "Loop needs a condition Equals DoneLooping"));
    }

    @Test
    void loop_countMustBe0To100() {
        ObjectNode loop = action("again", "Loop", "bye");
        ((ObjectNode) loop.get("Parameters")).put("LoopCount", "101");
        ArrayNode conditions = ((ObjectNode) loop.get("Transitions")).putArray("Conditions");
        for (String result : new String[] {"ContinueLooping", "DoneLooping"}) {
            conditions.addObject().put("NextAction", "bye")
                    .putObject("Condition").put("Operator", "Equals").putArray("Operands").add(result);
        }

        assertThat(problems(withActionAfterStart(minimal(), loop)))
                .containsExactly(new FlowProblem("again", "LoopCount must be 0..100, found 101"));
    }

    @Test
    void tooManyActions_areReported() {
        ObjectNode flow = minimal();
        ArrayNode actions = (ArrayNode) flow.get("Actions");
        String previous = "hello";
        for (int i = 0; i < 250; i++) {
            String id = "step-" + i;
            ((ObjectNode) ((ObjectNode) findAction(actions, previous)).get("Transitions")).put("NextAction", id);
            actions.add(message(id, "Hi.", "bye"));
            previous = id;
        }

        assertThat(messages(problems(flow))).anyMatch(m -> m.contains("at most 250 actions, this one has 252"));
    }

    private static ObjectNode findAction(ArrayNode actions, String id) {
        for (var a : actions) {
            if (a.get("Identifier").asText().equals(id)) {
                return (ObjectNode) a;
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void content_over256000Characters_isReported() {
        ObjectNode flow = minimal();
        ((ObjectNode) flow.get("Metadata")).put("padding", "x".repeat(256_001));

        assertThat(messages(problems(flow))).anyMatch(m -> m.contains("Connect accepts at most 256000"));
    }

    @Test
    void messageParticipant_needsExactlyOneSource() {
        ObjectNode both = message("both", "Hi.", "bye");
        ((ObjectNode) both.get("Parameters")).put("SSML", "<speak>Hi.</speak>");
        ObjectNode none = action("none", "MessageParticipant", "bye");

        assertThat(messages(problems(withActionAfterStart(minimal(), both))))
                .anyMatch(m -> m.contains("'both'") && m.contains("found Text and SSML"));
        assertThat(messages(problems(withActionAfterStart(minimal(), none))))
                .anyMatch(m -> m.contains("'none'") && m.contains("found none"));
    }

    @Test
    void literalSsml_mustBeWellFormedWithSpeakRoot() {
        ObjectNode broken = action("broken", "MessageParticipant", "bye");
        ((ObjectNode) broken.get("Parameters")).put("SSML", "<speak>Hi <break time=\"1s\"></speak>");
        ObjectNode noSpeak = action("no-speak", "MessageParticipant", "bye");
        ((ObjectNode) noSpeak.get("Parameters")).put("SSML", "<p>Hi</p>");
        ObjectNode reference = action("by-ref", "MessageParticipant", "bye");
        ((ObjectNode) reference.get("Parameters")).put("SSML", "$.Attributes.prompt_ssml");

        assertThat(messages(problems(withActionAfterStart(minimal(), broken))))
                .anyMatch(m -> m.contains("'broken'") && m.contains("not well-formed"));
        assertThat(messages(problems(withActionAfterStart(minimal(), noSpeak))))
                .anyMatch(m -> m.contains("'no-speak'") && m.contains("must be <speak>"));
        assertThat(problems(withActionAfterStart(minimal(), reference))).isEmpty();
    }

    @Test
    void ssmlInTextParameter_isReported() {
        ObjectNode seedBug = message("seed-bug", "<speak>Your number is 1-800-FLOWERS</speak>", "bye");

        assertThat(messages(problems(withActionAfterStart(minimal(), seedBug))))
                .anyMatch(m -> m.contains("'seed-bug'") && m.contains("put SSML in the SSML parameter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "9", "2.5", "soon"})
    void invokeLambda_timeLimitMustBeWholeSeconds1To8(String limit) {
        ObjectNode invoke = action("call", "InvokeLambdaFunction", "bye");
        ((ObjectNode) invoke.get("Parameters")).put("LambdaFunctionARN", "arn:aws:lambda:eu-west-2:1:function:f")
                .put("InvocationTimeLimitSeconds", limit);

        assertThat(messages(problems(withActionAfterStart(minimal(), invoke))))
                .singleElement().asString().contains("'call'").contains("InvocationTimeLimitSeconds");
    }

    @Test
    void invokeLambda_withEightSeconds_isClean() {
        ObjectNode invoke = action("call", "InvokeLambdaFunction", "bye");
        ((ObjectNode) invoke.get("Parameters")).put("LambdaFunctionARN", "arn:aws:lambda:eu-west-2:1:function:f")
                .put("InvocationTimeLimitSeconds", "8");

        assertThat(problems(withActionAfterStart(minimal(), invoke))).isEmpty();
    }

    @Test
    void compare_needsComparisonValue() {
        ObjectNode compare = TestFlows.withError(action("check", "Compare", "bye"), "NoMatchingCondition", "bye");
        ((ObjectNode) compare.get("Transitions")).putArray("Conditions").addObject().put("NextAction", "bye")
                .putObject("Condition").put("Operator", "Equals").putArray("Operands").add("OK");

        assertThat(problems(withActionAfterStart(minimal(), compare)))
                .containsExactly(new FlowProblem("check", "Compare has no ComparisonValue"));
    }
}
