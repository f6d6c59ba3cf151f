package io.switchboard.flows.validation;

import static io.switchboard.flows.TestFlows.action;
import static io.switchboard.flows.TestFlows.message;
import static io.switchboard.flows.TestFlows.minimal;
import static io.switchboard.flows.TestFlows.withActionAfterStart;
import static io.switchboard.flows.validation.ValidationFlows.errors;
import static io.switchboard.flows.validation.ValidationFlows.findings;
import static io.switchboard.flows.validation.ValidationFlows.findingsWith;
import static io.switchboard.flows.validation.ValidationFlows.parameters;
import static io.switchboard.flows.validation.ValidationFlows.warnings;
import static io.switchboard.flows.validation.ValidationFlows.withCondition;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.TestFlows;
import org.junit.jupiter.api.Test;

/** Warnings a caller would notice though Connect deploys the flow: prompts, flow types, polling loops. */
class LintRulesTest {

    private static ObjectNode ssml(String id, String ssml) {
        ObjectNode say = action(id, "MessageParticipant", "bye");
        parameters(say).put("SSML", ssml);
        return say;
    }

    @Test
    void ssmlWithoutSpeak_orNotWellFormed_isAWarning() {
        assertThat(warnings(findingsWith(ssml("plain", "Welcome to ACME")))).extracting(FlowProblem::message)
                .singleElement().asString().contains("without <speak>");
        assertThat(warnings(findingsWith(ssml("p", "<p>Hi</p>")))).extracting(FlowProblem::message)
                .singleElement().asString().contains("must be <speak>");
        assertThat(warnings(findingsWith(ssml("broken", "<speak>Hi <break time=\"1s\"></speak>"))))
                .extracting(FlowProblem::message).singleElement().asString().contains("not well-formed");
        assertThat(findingsWith(ssml("by-ref", "$.Attributes.prompt_ssml"))).isEmpty();
        assertThat(findingsWith(ssml("fine", "<speak>Hi <break time=\"1s\"/></speak>"))).isEmpty();
    }

    @Test
    void ssmlInText_seedBsDefect_isAWarning() {
        ObjectNode seedBug = message("seed-bug", "<speak>Your number is 1-800-FLOWERS</speak>", "bye");

        assertThat(errors(findingsWith(seedBug))).isEmpty();
        assertThat(warnings(findingsWith(seedBug))).extracting(FlowProblem::message)
                .containsExactly("Text contains SSML; Connect speaks Text literally, put SSML in the SSML parameter");
    }

    @Test
    void ssmlInTheMessagesOfALoopOfPrompts_isCheckedToo() {
        ObjectNode loop = action("hold-music", "MessageParticipantIteratively", "bye");
        parameters(loop).putArray("Messages").add(TestFlows.JSON.createObjectNode().put("SSML", "Please hold"))
                .add(TestFlows.JSON.createObjectNode().put("Text", "<speak>Still there?</speak>"));

        assertThat(warnings(findingsWith(loop))).extracting(FlowProblem::message).containsExactly(
                "SSML is plain text without <speak>: wrap it in <speak>...</speak> or put it in Text",
                "Text contains SSML; Connect speaks Text literally, put SSML in the SSML parameter");
    }

    @Test
    void textReadingAnAttributeNamedSsml_isAWarning() {
        ObjectNode dynamic = message("say-vanity", "Your numbers: $.Attributes.prompt_ssml.", "bye");

        assertThat(warnings(findingsWith(dynamic))).extracting(FlowProblem::message).containsExactly(
                "Text reads $.Attributes.prompt_ssml, which by its name holds SSML; Connect would speak its tags: use the SSML parameter");
        assertThat(findingsWith(message("say-vanity", "Your number is $.Attributes.vanity1", "bye"))).isEmpty();
    }

    @Test
    void anActionOutsideTheFlowTypesItsPageAllows_isAWarning() {
        ObjectNode flow = withActionAfterStart(minimal(), action("done", "EndFlowExecution", null));
        ((ObjectNode) flow.get("Metadata")).put("type", "contactFlow");

        assertThat(warnings(findings(flow))).extracting(FlowProblem::message).containsExactly(
                "EndFlowExecution is not supported in a contactFlow flow "
                        + "(only in customerWhisper, agentWhisper, outboundWhisper, customerQueue)");
    }

    @Test
    void theSameActionInAFlowTypeItsPageAllows_orAFlowOfUnknownType_isClean() {
        ObjectNode queueFlow = withActionAfterStart(minimal(), action("done", "EndFlowExecution", null));
        ((ObjectNode) queueFlow.get("Metadata")).put("type", "customerQueue");
        ObjectNode untyped = withActionAfterStart(minimal(), action("done", "EndFlowExecution", null));

        assertThat(findings(queueFlow)).isEmpty();
        assertThat(findings(untyped)).isEmpty();
    }

    /** hello → poll (Lambda, told count_max) → loop (LoopCount) → ContinueLooping: poll, DoneLooping: bye. */
    private static ObjectNode pollingFlow(String loopCount, String countMax) {
        ObjectNode poll = action("poll", "InvokeLambdaFunction", "loop");
        parameters(poll).put("LambdaFunctionARN", "arn:aws:lambda:eu-west-2:1:function:wrapper")
                .put("InvocationTimeLimitSeconds", "8").putObject("LambdaInvocationAttributes").put("count_max", countMax);
        ObjectNode loop = action("loop", "Loop", null);
        parameters(loop).put("LoopCount", loopCount);
        withCondition(withCondition(loop, "Equals", "ContinueLooping", "poll"), "Equals", "DoneLooping", "bye");
        ObjectNode flow = withActionAfterStart(minimal(), poll);
        ((ArrayNode) flow.get("Actions")).add(loop);
        return flow;
    }

    @Test
    void aPollingLoopThatStopsBeforeTheLambdasCountMax_isAWarning() {
        assertThat(warnings(findings(pollingFlow("10", "20")))).extracting(FlowProblem::actionId, FlowProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("loop", "Loop stops after 10 rounds, but 'poll' tells "
                        + "its Lambda count_max=20: the Lambda's own limit can never be reached; make LoopCount at least count_max"));
        assertThat(findings(pollingFlow("11", "10"))).isEmpty();
    }

    @Test
    void aPollingLoopReadsCountMaxFromTheFlowAttributeItIsGiven() {
        ObjectNode flow = pollingFlow("5", "$.FlowAttributes.count_max");
        ObjectNode settings = action("settings", "UpdateFlowAttributes", "poll");
        parameters(settings).putObject("FlowAttributes").putObject("count_max").put("Value", "10");
        ((ObjectNode) ((ArrayNode) flow.get("Actions")).get(0).get("Transitions")).put("NextAction", "settings");
        ((ArrayNode) flow.get("Actions")).add(settings);

        assertThat(warnings(findings(flow))).extracting(FlowProblem::message).singleElement().asString()
                .contains("count_max=10");
    }
}
