package io.switchboard.flows.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.flows.TestFlows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestDocumentParserTest {

    @Test
    void shippedDocuments_parse_withTheFlowsPlaceholders() throws Exception {
        for (String name : new String[] {"vanity.json", "async-demo.json", "fails-on-purpose/vanity-unsaid-prompt.json"}) {
            TestDocument document = TestDocumentParser.parse(Files.readString(Path.of("tests", name)), TestFlows.ARNS);
            assertThat(document.observations()).as(name).isNotEmpty();
        }
        Map<String, String> withSlowLookup = new java.util.HashMap<>(TestFlows.ARNS);
        withSlowLookup.put("SlowLookupFunctionArn", "arn:aws:lambda:eu-west-2:111122223333:function:switchboard-slow-lookup:live");
        assertThat(TestDocumentParser.parse(Files.readString(Path.of("tests/async-native.json")), withSlowLookup).observations()).hasSize(5);
        TestDocument vanity = TestDocumentParser.parse(Files.readString(Path.of("tests/vanity.json")), TestFlows.ARNS);
        assertThat(vanity.observation("vanity-lookup").orElseThrow().event())
                .isEqualTo(new ObservedEvent.FlowActionStarted("InvokeLambdaFunction",
                        Map.of("LambdaFunctionARN", TestFlows.ARNS.get("VanityFunctionArn"))));
    }

    @Test
    void bothPublishedVersions_areAccepted_andOthersExplained() {
        assertThat(TestDocumentParser.parse(document("2025-06-21", "")).version()).isEqualTo("2025-06-21");
        assertThat(TestDocumentParser.parse(document("2019-10-30", "")).version()).isEqualTo("2019-10-30");
        assertThatThrownBy(() -> TestDocumentParser.parse(document("2024-01-01", "")))
                .isInstanceOf(InvalidTestDocumentException.class)
                .hasMessageContaining("Version must be 2025-06-21 or 2019-10-30, not \"2024-01-01\"");
    }

    @Test
    void awsExampleShapes_areRead_mockedLambdaResultErrorAndDelay() {
        TestDocument document = TestDocumentParser.parse(document("2025-06-21", """
                ,"Actions": [
                  {"Identifier": "mock-ok", "Type": "OverrideSystemBehavior", "Parameters": {"ActionType": "OverrideSystemBehavior",
                    "Behavior": {"Type": "FlowAction", "Properties": {"ActionType": "InvokeLambdaFunction",
                      "ActionParameters": {"LambdaFunctionARN": "arn:aws:lambda:us-east-1:1:function:f"},
                      "Strategy": {"Type": "MockResponse", "Response": {"Type": "ExecutionResult",
                        "ExecutionResult": {"DelaySeconds": 1.5, "LoadedData": "{\\"status\\":\\"OK\\"}"}}}}}},
                    "Transitions": {"NextAction": "mock-error"}},
                  {"Identifier": "mock-error", "Type": "OverrideSystemBehavior", "Parameters": {"ActionType": "OverrideSystemBehavior",
                    "Behavior": {"Type": "FlowAction", "Properties": {"ActionType": "InvokeLambdaFunction",
                      "ActionParameters": {"LambdaFunctionARN": "f"},
                      "Strategy": {"Type": "MockResponse", "Response": {"Type": "Error", "Error": {"Value": "TimeLimitExceeded"}}}}}},
                    "Transitions": {}}
                ]"""));

        var actions = document.observations().get(0).actions();
        assertThat(actions.get(0)).isInstanceOfSatisfying(TestAction.LambdaOverride.class, o -> {
            assertThat(o.mock().resultJson()).isEqualTo("{\"status\":\"OK\"}");
            assertThat(o.mock().delay()).isEqualTo(Duration.ofMillis(1500));
        });
        assertThat(actions.get(1)).isInstanceOfSatisfying(TestAction.LambdaOverride.class,
                o -> assertThat(o.effect()).isEqualTo("times out (TimeLimitExceeded)"));
    }

    @Test
    void agentEventsAndSubstituteHours_areKept_asNotReproducibleOffline() {
        TestDocument document = TestDocumentParser.parse("""
                {"Version": "2019-10-30", "Observations": [
                  {"Identifier": "hours", "Event": {"Type": "TestInitiated", "Actor": "System", "Properties": {}},
                   "Actions": [{"Identifier": "a", "Type": "OverrideSystemBehavior", "Parameters": {"ActionType": "OverrideSystemBehavior",
                     "Behavior": {"Type": "FlowAction", "Properties": {"ActionType": "CheckHoursOfOperation",
                       "ActionParameters": {"HoursOfOperationId": "arn:hours/Basic"},
                       "Strategy": {"Type": "SubstituteResource", "SubstituteArn": "arn:hours/AlwaysOn"}}}}, "Transitions": {"NextAction": ""}}]},
                  {"Identifier": "agent", "Event": {"Type": "ContactConnected", "Actor": "Agent", "Properties": {}}}
                ]}""");

        assertThat(document.observations().get(0).actions().get(0)).isInstanceOf(TestAction.NotReproducible.class);
        assertThat(document.observations().get(1).event()).isInstanceOfSatisfying(ObservedEvent.NotReproducible.class,
                e -> assertThat(e.reason()).contains("Agent events need a real agent"));
    }

    @Test
    void badDocument_listsEveryProblem_namingObservationAndAction() {
        assertThatThrownBy(() -> TestDocumentParser.parse("""
                {"Version": "2025-06-21", "Observations": [
                  {"Identifier": "one", "Event": {"Type": "MessageReceived", "Properties": {"MatchingCriteria": "Contains"}},
                   "Actions": [{"Identifier": "x", "Type": "Assert", "Parameters": {"Namespace": "$.Attributes.a", "Operator": "Is"}},
                               {"Identifier": "y", "Type": "SendInstruction", "Parameters": {"Instruction": {"Type": "DtmfInput", "Properties": {"Value": "1a"}}}},
                               {"Identifier": "z", "Type": "Pause"}],
                   "Transitions": {"NextObservations": ["two"]}},
                  {"Identifier": "one", "Event": {"Type": "TestCompleted"}}
                ]}"""))
                .isInstanceOfSatisfying(InvalidTestDocumentException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "observation 1 'one': a MessageReceived event needs exactly one of Properties.Text, SSML, PromptId and Media.Uri",
                        "observation 1 'one': MatchingCriteria must be Similarity or Inclusion, not \"Contains\"",
                        "observation 1 'one', action 'x': Operator must be one of [Equals, TextStartsWith, TextEndsWith, TextContains,"
                                + " NumberGreaterThan, NumberGreaterOrEqualTo, NumberLessThan, NumberLessOrEqualTo, Exists], not \"Is\"",
                        "observation 1 'one', action 'y': DTMF Value must be keypad keys (0-9, * and #), not \"1a\"",
                        "observation 1 'one', action 'z': Type must be SendInstruction, OverrideSystemBehavior, Assert or TestControl, not \"Pause\"",
                        "observation 2 'one': Identifier is used by an earlier observation",
                        "observation 1 'one': NextObservations names 'two', which is no observation's Identifier"));
    }

    @Test
    void unresolvedPlaceholder_andNonJson_areExplained() {
        assertThatThrownBy(() -> TestDocumentParser.parse(document("2025-06-21", "").replace("Hello", "${GreetingArn}"),
                Map.of("VanityFunctionArn", "arn")))
                .hasMessageContaining("placeholder ${GreetingArn} has no value here (known: VanityFunctionArn)");
        assertThatThrownBy(() -> TestDocumentParser.parse("{\"Version\": "))
                .hasMessageStartingWith("not JSON:").hasMessageContaining("line 1");
    }

    @Test
    void matchingCriteria_isReadAsStringOrObject_insideOrBesideProperties() {
        String beside = """
                {"Version": "2019-10-30", "Observations": [{"Identifier": "o", "Event": {"Type": "MessageReceived",
                  "Properties": {"Text": "Hi"}, "MatchingCriteria": "Inclusion"}}]}""";
        String inside = """
                {"Version": "2019-10-30", "Observations": [{"Identifier": "o", "Event": {"Type": "MessageReceived",
                  "Properties": {"Text": "Hi", "MatchingCriteria": {"Type": "Inclusion"}}}}]}""";

        for (String text : new String[] {beside, inside}) {
            assertThat(TestDocumentParser.parse(text).observations().get(0).event())
                    .isEqualTo(new ObservedEvent.MessageReceived("Hi", null, null, null, MatchingCriteria.INCLUSION));
        }
    }

    /** One MessageReceived "Hello" observation; {@code extra} is appended inside it (e.g. Actions). */
    private static String document(String version, String extra) {
        return """
                {"Version": "%s", "Metadata": {}, "Observations": [
                  {"Identifier": "hello", "Event": {"Identifier": "e", "Type": "MessageReceived", "Actor": "System",
                   "Properties": {"Text": "Hello"}}%s}
                ]}""".formatted(version, extra);
    }
}
