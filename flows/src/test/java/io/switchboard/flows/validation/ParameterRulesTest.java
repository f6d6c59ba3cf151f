package io.switchboard.flows.validation;

import static io.switchboard.flows.TestFlows.action;
import static io.switchboard.flows.TestFlows.message;
import static io.switchboard.flows.validation.ValidationFlows.errors;
import static io.switchboard.flows.validation.ValidationFlows.findingsWith;
import static io.switchboard.flows.validation.ValidationFlows.parameters;
import static io.switchboard.flows.validation.ValidationFlows.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parameters against each action's reference page: missing, misshapen, static vs reference, ranges. */
class ParameterRulesTest {

    private static ObjectNode invoke(String seconds) {
        ObjectNode invoke = action("call", "InvokeLambdaFunction", "bye");
        parameters(invoke).put("LambdaFunctionARN", "arn:aws:lambda:eu-west-2:1:function:f").put("InvocationTimeLimitSeconds", seconds);
        return invoke;
    }

    @Test
    void missingRequiredParameter_isAnErrorNamingItAndThePage() {
        ObjectNode transfer = action("go", "TransferToFlow", "bye");

        assertThat(errors(findingsWith(transfer))).singleElement().satisfies(p -> {
            assertThat(p.actionId()).isEqualTo("go");
            assertThat(p.message()).isEqualTo("TransferToFlow needs the parameter ContactFlowId");
            assertThat(p.documentation()).endsWith("flow-control-actions-transfertoflow.html");
        });
    }

    @Test
    void parameterOfTheWrongShape_isAnError() {
        ObjectNode update = action("keep", "UpdateContactAttributes", "bye");
        parameters(update).put("Attributes", "status=OK");

        assertThat(errors(findingsWith(update))).extracting(FlowProblem::message)
                .containsExactly("UpdateContactAttributes Attributes must be an object");
    }

    @Test
    void aReferenceWhereThePageSaysStatic_isAnError() {
        ObjectNode logging = action("log", "UpdateFlowLoggingBehavior", "bye");
        parameters(logging).put("FlowLoggingBehavior", "$.Attributes.logging");

        assertThat(errors(findingsWith(logging))).extracting(FlowProblem::message).singleElement().asString()
                .contains("must be static");
    }

    @Test
    void aStaticValueWhereThePageSaysReference_isAnError() {
        ObjectNode callback = action("number", "UpdateContactCallbackNumber", "bye");
        parameters(callback).put("CallbackNumber", "+447700900123");

        assertThat(errors(findingsWith(callback))).extracting(FlowProblem::message).singleElement().asString()
                .contains("must be a single JSONPath reference");
    }

    @Test
    void aValueOutsideItsEnumeration_isAnError() {
        ObjectNode logging = action("log", "UpdateFlowLoggingBehavior", "bye");
        parameters(logging).put("FlowLoggingBehavior", "On");

        assertThat(errors(findingsWith(logging))).extracting(FlowProblem::message)
                .containsExactly("UpdateFlowLoggingBehavior FlowLoggingBehavior must be one of Enabled, Disabled, found \"On\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "9", "2.5", "soon"})
    void synchronousLambda_timeLimitOutside1To8WholeSeconds_isAnError(String limit) {
        assertThat(errors(findingsWith(invoke(limit)))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("InvocationTimeLimitSeconds"));
    }

    @Test
    void asynchronousLambda_mayWaitUpTo60Seconds() {
        ObjectNode async60 = invoke("60");
        parameters(async60).put("InvocationType", "ASYNCHRONOUS");
        ObjectNode async61 = invoke("61");
        parameters(async61).put("InvocationType", "ASYNCHRONOUS");

        assertThat(findingsWith(invoke("8"))).isEmpty();
        assertThat(findingsWith(async60)).isEmpty();
        assertThat(errors(findingsWith(async61))).extracting(FlowProblem::message)
                .containsExactly("InvocationTimeLimitSeconds must be 1..60 for an ASYNCHRONOUS call, found 61");
    }

    @Test
    void loopCountAbove100_isAnError() {
        ObjectNode loop = action("again", "Loop", null);
        parameters(loop).put("LoopCount", 101);
        ValidationFlows.withCondition(loop, "Equals", "ContinueLooping", "bye");
        ValidationFlows.withCondition(loop, "Equals", "DoneLooping", "bye");

        assertThat(errors(findingsWith(loop))).extracting(FlowProblem::message)
                .containsExactly("Loop LoopCount must be 0..100, found 101");
    }

    @Test
    void mutuallyExclusiveParameters_together_areAnError() {
        ObjectNode routing = action("priority", "UpdateContactRoutingBehavior", "bye");
        parameters(routing).put("QueuePriority", "1").put("QueueTimeAdjustmentSeconds", "600");

        assertThat(errors(findingsWith(routing))).extracting(FlowProblem::message).singleElement().asString()
                .contains("takes at most one of QueuePriority, QueueTimeAdjustmentSeconds");
    }

    @Test
    void messageParticipant_needsExactlyOneSource() {
        ObjectNode both = message("both", "Hi.", "bye");
        parameters(both).put("SSML", "<speak>Hi.</speak>");
        ObjectNode none = action("none", "MessageParticipant", "bye");

        assertThat(errors(findingsWith(both))).extracting(FlowProblem::message).singleElement().asString()
                .contains("found Text and SSML");
        assertThat(errors(findingsWith(none))).extracting(FlowProblem::message).singleElement().asString()
                .contains("found none");
    }

    @Test
    void aParameterThePageDoesNotList_isOnlyAWarning() {
        ObjectNode hello = message("hi", "Hi.", "bye");
        parameters(hello).put("Voice", "Joanna");

        assertThat(errors(findingsWith(hello))).isEmpty();
        assertThat(warnings(findingsWith(hello))).extracting(FlowProblem::message)
                .containsExactly("Voice is not a parameter of MessageParticipant in the reference; Connect may ignore it");
    }

    @Test
    void getParticipantInput_storingInput_needsValidationAndNoConditions() {
        ObjectNode input = action("digits", "GetParticipantInput", "bye");
        parameters(input).put("Text", "Enter your number").put("StoreInput", "True").put("InputTimeLimitSeconds", "5");
        ValidationFlows.withCondition(input, "Equals", "1", "bye");

        assertThat(errors(findingsWith(input))).extracting(FlowProblem::message).containsExactlyInAnyOrder(
                "with StoreInput True the input is stored, not compared: remove the Conditions",
                "with StoreInput True, GetParticipantInput needs InputValidation");
    }
}
