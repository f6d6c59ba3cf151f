package io.switchboard.flows.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.simulator.SimulatedContact;
import io.switchboard.flows.simulator.SimulationOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's caller input, hours overrides, EndTest and Usage against a small menu flow. */
class CallerAndSurroundingsTest {

    private static final String HOURS = "arn:aws:connect:us-east-1:111122223333:instance/i/operating-hours/main";

    /** Open? → "Press 1 for sales, 2 for support." → Sales. / Support.; closed → "We are closed." */
    private static final FlowDocument MENU = FlowDocument.fromString("""
            {"Version": "2019-10-30", "StartAction": "open", "Metadata": {}, "Actions": [
              {"Identifier": "open", "Type": "CheckHoursOfOperation", "Parameters": {"HoursOfOperationId": "%s"},
               "Transitions": {"NextAction": "say-closed", "Conditions": [
                 {"NextAction": "menu", "Condition": {"Operator": "Equals", "Operands": ["True"]}},
                 {"NextAction": "say-closed", "Condition": {"Operator": "Equals", "Operands": ["False"]}}],
                 "Errors": [{"NextAction": "say-closed", "ErrorType": "NoMatchingError"}]}},
              {"Identifier": "menu", "Type": "GetParticipantInput",
               "Parameters": {"Text": "Press 1 for sales, 2 for support.", "StoreInput": "False", "InputTimeLimitSeconds": "4"},
               "Transitions": {"NextAction": "say-sorry", "Conditions": [
                 {"NextAction": "say-sales", "Condition": {"Operator": "Equals", "Operands": ["1"]}},
                 {"NextAction": "say-support", "Condition": {"Operator": "Equals", "Operands": ["2"]}}],
                 "Errors": [{"NextAction": "say-sorry", "ErrorType": "InputTimeLimitExceeded"},
                            {"NextAction": "say-sorry", "ErrorType": "NoMatchingCondition"},
                            {"NextAction": "say-sorry", "ErrorType": "NoMatchingError"}]}},
              {"Identifier": "say-sales", "Type": "MessageParticipant", "Parameters": {"Text": "Sales."},
               "Transitions": {"NextAction": "bye", "Errors": [{"NextAction": "bye", "ErrorType": "NoMatchingError"}]}},
              {"Identifier": "say-support", "Type": "MessageParticipant", "Parameters": {"Text": "Support."},
               "Transitions": {"NextAction": "bye", "Errors": [{"NextAction": "bye", "ErrorType": "NoMatchingError"}]}},
              {"Identifier": "say-sorry", "Type": "MessageParticipant", "Parameters": {"Text": "Sorry."},
               "Transitions": {"NextAction": "bye", "Errors": [{"NextAction": "bye", "ErrorType": "NoMatchingError"}]}},
              {"Identifier": "say-closed", "Type": "MessageParticipant", "Parameters": {"Text": "We are closed."},
               "Transitions": {"NextAction": "bye", "Errors": [{"NextAction": "bye", "ErrorType": "NoMatchingError"}]}},
              {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}
            ]}""".formatted(HOURS));

    private final TestRunner runner = new TestRunner(TestRunnerTest.unrouted(),
            SimulationOptions.defaults().withTimeScale(0).withClock(new TestRunnerTest.FakeClock()));

    @Test
    void callerPressesTwo_afterTheMenuPrompt_andHearsSupport() {
        TestResult result = run("""
                {"Identifier": "menu", "Event": {"Type": "MessageReceived", "Actor": "System",
                   "Properties": {"Text": "Press 1 for sales, 2 for support.", "MatchingCriteria": {"Type": "Similarity"}}},
                 "Actions": [{"Identifier": "press-2", "Type": "SendInstruction", "Parameters": {"ActionType": "SendInstruction",
                   "Actor": "Customer", "Instruction": {"Type": "DtmfInput", "Properties": {"Value": 2}}}}],
                 "Transitions": {"NextObservations": ["support"]}},
                {"Identifier": "support", "Event": {"Type": "MessageReceived", "Actor": "System", "Properties": {"Text": "Support."}}}
                """);

        assertThat(result.passed()).as(TestReport.text(List.of(result))).isTrue();
        assertThat(result.observations().get(0).actions()).singleElement()
                .satisfies(a -> assertThat(a.description()).isEqualTo("caller presses 2"));
    }

    @Test
    void hoursMockedOutOfHours_theCallerHearsClosed_andTheMenuIsNeverPlayed() {
        TestResult result = run("""
                {"Identifier": "start", "Event": {"Type": "TestInitiated", "Actor": "System", "Properties": {}},
                 "Actions": [{"Identifier": "closed", "Type": "OverrideSystemBehavior", "Parameters": {"ActionType": "OverrideSystemBehavior",
                   "Behavior": {"Type": "FlowAction", "Properties": {"ActionType": "CheckHoursOfOperation",
                     "ActionParameters": {"HoursOfOperationId": "%s"},
                     "Strategy": {"Type": "MockResponse", "Response": {"Type": "ExecutionResult", "ExecutionResult": {"Value": "OutOfHours"}}}}}}}],
                 "Transitions": {"NextObservations": ["hours-checked"]}},
                {"Identifier": "hours-checked", "Event": {"Type": "FlowActionStarted", "Actor": "System",
                   "Properties": {"ActionType": "CheckHoursOfOperation", "ActionParameters": {"HoursOfOperationId": "%s"}}},
                 "Transitions": {"NextObservations": ["closed"]}},
                {"Identifier": "closed", "Event": {"Type": "MessageReceived", "Actor": "System", "Properties": {"Text": "We are closed."}}},
                {"Identifier": "menu", "Event": {"Type": "MessageReceived", "Actor": "System",
                   "Properties": {"Text": "Press 1 for sales, 2 for support."}}}
                """.formatted(HOURS, HOURS));

        assertThat(result.observations()).extracting(ObservationResult::verdict)
                .containsExactly(Verdict.PASSED, Verdict.PASSED, Verdict.PASSED, Verdict.FAILED);
        assertThat(result.observations().get(3).seen()).isEqualTo("prompts heard: \"We are closed.\" at 00:00.0");
    }

    @Test
    void eventSeenAfterEndTest_doesNotCount() {
        TestResult result = run("""
                {"Identifier": "menu", "Event": {"Type": "MessageReceived", "Actor": "System",
                   "Properties": {"Text": "Press 1 for sales, 2 for support."}},
                 "Actions": [{"Identifier": "end", "Type": "TestControl", "Parameters": {"ActionType": "TestControl",
                   "Command": {"Type": "EndTest"}}}]},
                {"Identifier": "sorry", "Event": {"Type": "MessageReceived", "Actor": "System", "Properties": {"Text": "Sorry."}}}
                """);

        assertThat(result.observations().get(0).verdict()).isEqualTo(Verdict.PASSED);
        assertThat(result.observations().get(1).verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.observations().get(1).seen()).contains("after an EndTest action had ended the test");
    }

    @Test
    void observationsInACycle_areStillJudged_inCallOrder() {
        TestResult result = run("""
                {"Identifier": "menu", "Event": {"Type": "MessageReceived", "Actor": "System",
                   "Properties": {"Text": "Press 1 for sales, 2 for support."}}, "Transitions": {"NextObservations": ["sorry"]}},
                {"Identifier": "sorry", "Event": {"Type": "MessageReceived", "Actor": "System", "Properties": {"Text": "Sorry."}},
                 "Transitions": {"NextObservations": ["menu"]}}
                """);

        assertThat(result.passed()).as(TestReport.text(List.of(result))).isTrue();
    }

    @Test
    void usageExactlyTwice_whenHeardOnce_failsSayingHowOften() {
        TestResult result = run("""
                {"Identifier": "sorry", "Event": {"Type": "MessageReceived", "Actor": "System", "Properties": {"Text": "Sorry."}},
                 "Usage": {"Type": "EXACTLY", "Times": 2}}
                """);

        ObservationResult sorry = result.observations().get(0);
        assertThat(sorry.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(sorry.expected()).endsWith("exactly 2 time(s)");
        assertThat(sorry.seen()).isEqualTo("seen 1 time(s)");
    }

    @Test
    void junitReport_countsFailedAndNotReproducibleObservations_asFailures() {
        TestResult result = run("""
                {"Identifier": "sorry", "Event": {"Type": "MessageReceived", "Actor": "System", "Properties": {"Text": "Sorry."}}},
                {"Identifier": "sales", "Event": {"Type": "MessageReceived", "Actor": "System", "Properties": {"Text": "Sales."}}},
                {"Identifier": "agent", "Event": {"Type": "AgentAccepted", "Actor": "Agent", "Properties": {}}}
                """);

        String xml = JUnitReport.xml(List.of(result, TestResult.invalid("broken.json", List.of("Version must be ..."))));

        assertThat(xml).contains("<testsuites name=\"switchboard test\" tests=\"4\" failures=\"2\" errors=\"1\">")
                .contains("<testcase classname=\"menu-test\" name=\"sorry\"/>")
                .contains("<failure type=\"Failed\" message=\"expected a prompt like &quot;Sales.&quot;")
                .contains("<failure type=\"NotReproducibleOffline\"")
                .contains("<error type=\"InvalidTestDocument\" message=\"Version must be ...\">");
    }

    private TestResult run(String observations) {
        String document = "{\"Version\": \"2025-06-21\", \"Observations\": [" + observations + "]}";
        return runner.run("menu-test", document, java.util.Map.of(), MENU, SimulatedContact.inbound("+18003569377"));
    }
}
