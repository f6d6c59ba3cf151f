package io.switchboard.flows.validation;

import static io.switchboard.flows.validation.ValidationFlows.findingsWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.TestFlows;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One action per check the catalog and the action rules make, written as a flow author would write it
 * (after the minimal flow's start, going on to 'bye'): each is found with its severity and its AWS page.
 */
class CatalogChecksTest {

    static Stream<Arguments> brokenActions() {
        return Stream.of(
                Arguments.of("{\"Type\":\"MessageParticipantIteratively\",\"Parameters\":{\"Messages\":\"Hello\"}}",
                        Severity.ERROR, "MessageParticipantIteratively Messages must be a list", "participant-actions-messageparticipantiteratively.html"),
                Arguments.of("{\"Type\":\"MessageParticipantIteratively\",\"Parameters\":{\"Messages\":[]}}",
                        Severity.ERROR, "Messages is empty: there is nothing to play", "participant-actions-messageparticipantiteratively.html"),
                Arguments.of("{\"Type\":\"MessageParticipantIteratively\",\"Parameters\":{\"Messages\":[{\"Text\":\"Hi\",\"PromptId\":\"p\"}]}}",
                        Severity.ERROR, "message #1 needs exactly one of Text, SSML or PromptId, found 2", "participant-actions-messageparticipantiteratively.html"),
                Arguments.of("{\"Type\":\"TransferToFlow\",\"Parameters\":{\"ContactFlowId\":{\"Id\":\"f\"}}}",
                        Severity.ERROR, "TransferToFlow ContactFlowId must be a string", "flow-control-actions-transfertoflow.html"),
                Arguments.of("{\"Type\":\"TransferToFlow\",\"Parameters\":{\"ContactFlowId\":\"flow-$.Attributes.x\"}}",
                        Severity.ERROR, "must be static or a single JSONPath reference", "flow-control-actions-transfertoflow.html"),
                Arguments.of("{\"Type\":\"TransferParticipantToThirdParty\",\"Parameters\":{\"ThirdPartyPhoneNumber\":\"+447700900123\",\"ContinueFlowExecution\":\"Yes\"}}",
                        Severity.ERROR, "ContinueFlowExecution must be \"True\" or \"False\", found \"Yes\"", "participant-actions-transferparticipanttothirdparty.html"),
                Arguments.of("{\"Type\":\"TransferParticipantToThirdParty\",\"Parameters\":{\"ThirdPartyPhoneNumber\":\"+447700900123\",\"ThirdPartyDTMFDigits\":\"12A\"}}",
                        Severity.ERROR, "ThirdPartyDTMFDigits must match", "participant-actions-transferparticipanttothirdparty.html"),
                Arguments.of("{\"Type\":\"UpdateContactEventHooks\",\"Parameters\":{\"EventHooks\":{\"CustomerQueue\":\"q\",\"CustomerHold\":\"h\"}}}",
                        Severity.ERROR, "EventHooks may hold at most 1 entry, found 2", "contact-actions-updatecontacteventhooks.html"),
                Arguments.of("{\"Type\":\"CreateCallbackContact\",\"Parameters\":{\"InitialCallDelaySeconds\":\"5\",\"MaximumConnectionAttempts\":\"0\",\"RetryDelaySeconds\":\"600\"}}",
                        Severity.ERROR, "MaximumConnectionAttempts must be at least 1, found 0", "interactions-createcallbackcontact.html"),
                Arguments.of("{\"Type\":\"InvokeLambdaFunction\",\"Parameters\":{\"LambdaFunctionARN\":\"arn:aws:lambda:eu-west-2:1:function:f\",\"ResponseValidation\":{\"ResponseType\":\"XML\"}}}",
                        Severity.ERROR, "ResponseValidation.ResponseType must be STRING_MAP or JSON, found XML", "interactions-invokelambdafunction.html"),
                Arguments.of("{\"Type\":\"GetParticipantInput\",\"Parameters\":{\"Text\":\"Card number\",\"InputTimeLimitSeconds\":\"5\",\"StoreInput\":\"True\","
                                + "\"InputValidation\":{\"PhoneNumberValidation\":{\"NumberFormat\":\"E164\"}},\"InputEncryption\":{\"EncryptionKeyId\":\"k\",\"Key\":\"pem\"}}}",
                        Severity.ERROR, "InputEncryption needs InputValidation.CustomValidation", "participant-actions-getparticipantinput.html"),
                Arguments.of("{\"Type\":\"UpdateFlowAttributes\",\"Parameters\":{\"FlowAttributes\":{\"count_max\":\"10\"}}}",
                        Severity.WARNING, "flow attribute 'count_max' should be an object with a Value", "flow-control-actions-updateflowattributes.html"),
                Arguments.of("{\"Type\":\"CheckMetricData\",\"Parameters\":{\"MetricType\":\"NumberOfCallsInQueue\"}}",
                        Severity.ERROR, "MetricType must be one of", "flow-control-actions-checkmetricdata.html"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("brokenActions")
    void eachCheck_isFoundWithItsSeverityAndPage(String json, Severity severity, String message, String page) throws Exception {
        ObjectNode action = (ObjectNode) TestFlows.JSON.readTree(json);
        action.put("Identifier", "step");
        action.putObject("Transitions").put("NextAction", "bye");

        assertThat(findingsWith(action)).anySatisfy(p -> {
            assertThat(p.actionId()).isEqualTo("step");
            assertThat(p.severity()).isEqualTo(severity);
            assertThat(p.message()).contains(message);
            assertThat(p.documentation()).isEqualTo("https://docs.aws.amazon.com/connect/latest/APIReference/" + page);
        });
    }
}
