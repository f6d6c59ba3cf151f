package io.switchboard.flows.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.TestFlows;
import io.switchboard.flows.simulator.LambdaInvocationException;
import io.switchboard.flows.simulator.LambdaInvoker;
import io.switchboard.flows.simulator.LambdaMock;
import io.switchboard.flows.simulator.LambdaRoutes;
import io.switchboard.flows.simulator.SimulatedContact;
import io.switchboard.flows.simulator.SimulationClock;
import io.switchboard.flows.simulator.SimulationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped test documents and the runner's judgement, with mocked Lambdas (no sandbox). */
class TestRunnerTest {

    static final String FLOWERS_CALLER = "+18003569377";
    /** What the vanity function answers for 1-800-FLOWERS (shape of the real answer). */
    static final LambdaMock FLOWERS = LambdaMock.fromJson("""
            {"result": {"status": "OK", "vanity1": "1-800-FLOWERS", "vanity2": "1-800-356-WREN", "vanity3": "1-800-FLO-9377",
             "count": "3", "transfer_queue_arn": "",
             "prompt_ssml": "<speak>Your vanity numbers are: <say-as interpret-as=\\"digits\\">1800</say-as> FLOWERS.<break time=\\"500ms\\"/> Next, <say-as interpret-as=\\"digits\\">1800356</say-as> WREN.</speak>"}}
            """);

    private final FakeClock clock = new FakeClock();
    private final SimulationOptions options = SimulationOptions.defaults().withTimeScale(0).withClock(clock);
    private final FlowDocument vanity = FlowDocument.fromClasspath("vanity", TestFlows.ARNS);

    @Test
    void vanityDocument_passes_whenTheFunctionAnswersFlowers() throws IOException {
        TestResult result = run("vanity.json", vanityFunction(FLOWERS), vanity, FLOWERS_CALLER);

        assertThat(result.passed()).as(TestReport.text(List.of(result))).isTrue();
        assertThat(result.observations()).extracting(ObservationResult::identifier)
                .containsExactly("call-starts", "welcome", "vanity-lookup", "hears-flowers", "goodbye");
        assertThat(result.observations().get(3).actions()).extracting(ActionResult::verdict).containsOnly(Verdict.PASSED);
    }

    @Test
    void vanityDocument_fails_whenTheNumberSpellsNothing_sayingWhatWasHeardInstead() throws IOException {
        LambdaMock nothing = LambdaMock.result("{\"status\":\"NO_VANITY\",\"vanity1\":\"\",\"prompt_ssml\":\"\",\"count\":\"0\"}");

        TestResult result = run("vanity.json", vanityFunction(nothing), vanity, "+18000000000");

        assertThat(result.passed()).isFalse();
        ObservationResult flowers = result.observations().get(3);
        assertThat(flowers.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(flowers.expected()).isEqualTo("a prompt including \"FLOWERS\"");
        assertThat(flowers.seen()).contains("prompts heard after 00:0").contains("does not spell any words");
        assertThat(flowers.actions()).extracting(ActionResult::seen).containsOnly("not run: the event was not seen");
        assertThat(result.observations().get(4).verdict()).as("goodbye is only active after FLOWERS").isEqualTo(Verdict.FAILED);
        assertThat(result.observations().get(4).seen()).contains("never became active: hears-flowers was not seen first");
    }

    @Test
    void documentThatFailsOnPurpose_reportsExpectedAndSeen() throws IOException {
        TestResult result = run("fails-on-purpose/vanity-unsaid-prompt.json", vanityFunction(FLOWERS), vanity, FLOWERS_CALLER);

        assertThat(result.passed()).isFalse();
        assertThat(result.observations().get(0).verdict()).isEqualTo(Verdict.PASSED);
        ObservationResult agent = result.observations().get(1);
        assertThat(agent.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(agent.expected()).startsWith("a prompt like \"Press 1 to speak to an agent.\"");
        assertThat(agent.seen()).contains("\"Thank you for calling. Goodbye.\" at");
        assertThat(TestReport.text(List.of(result)))
                .contains("FAILED  fails-on-purpose/vanity-unsaid-prompt.json: 1 of 2 observation(s) passed, 1 failed")
                .contains("expected: a prompt like \"Press 1 to speak to an agent.\"");
    }

    @Test
    void asyncDemoDocument_passes_whenThePollFindsTheBalance() throws IOException {
        FlowDocument asyncDemo = FlowDocument.fromClasspath("async-demo", TestFlows.ARNS);
        String wrapper = TestFlows.ARNS.get("AsyncWrapperFunctionArn");
        LambdaRoutes lookup = LambdaRoutes.to(unrouted())
                .mockOnce(wrapper, LambdaMock.result("""
                        {"execution_id":"e-1","status":"CREATED","sfn_result":"","count":"1","count_max":"10","count_comfort":"3","comfort":"false"}"""), clock)
                .mockOnce(wrapper, LambdaMock.result("""
                        {"execution_id":"e-1","status":"FINISHED","sfn_result":"SUCCESS","count":"2","count_max":"10","count_comfort":"3",
                         "comfort":"false","balance":"1328.75","currency":"GBP","balance_spoken":"£1,328.75"}""").after(Duration.ofMillis(300)), clock)
                .build();

        TestResult result = run("async-demo.json", lookup, asyncDemo, "+447700900123");

        assertThat(result.passed()).as(TestReport.text(List.of(result))).isTrue();
        assertThat(result.call().heard()).anyMatch(h -> h.contains("Your balance is £1,328.75"));
    }

    @Test
    void documentsOwnLambdaErrorMock_sendsTheCallDownTheErrorBranch() {
        String document = """
                {"Version": "2025-06-21", "Observations": [
                  {"Identifier": "start", "Event": {"Type": "TestInitiated", "Actor": "System", "Properties": {}},
                   "Actions": [{"Identifier": "vanity-fails", "Type": "OverrideSystemBehavior", "Parameters": {
                     "ActionType": "OverrideSystemBehavior", "Behavior": {"Type": "FlowAction", "Properties": {
                       "ActionType": "InvokeLambdaFunction", "ActionParameters": {"LambdaFunctionARN": "${VanityFunctionArn}"},
                       "Strategy": {"Type": "MockResponse", "Response": {"Type": "Error", "Error": {"DelaySeconds": 2, "Value": "NoMatchingError"}}}}}},
                     "Transitions": {}}],
                   "Transitions": {"NextObservations": ["apology"]}},
                  {"Identifier": "apology", "Event": {"Type": "MessageReceived", "Actor": "System",
                   "Properties": {"Text": "something went wrong while we looked up your vanity numbers", "MatchingCriteria": {"Type": "Inclusion"}}}}
                ]}""";

        TestResult result = new TestRunner(unrouted(), options)
                .run("lambda-error", document, TestFlows.ARNS, vanity, SimulatedContact.inbound(FLOWERS_CALLER));

        assertThat(result.passed()).as(TestReport.text(List.of(result))).isTrue();
        assertThat(result.call().deadAir()).isEqualTo(Duration.ofSeconds(2));
        assertThat(result.observations().get(0).actions().get(0).description()).contains("answers error \"NoMatchingError\" after 2000 ms");
        assertThat(result.observations().get(0).actions().get(0).seen()).isEmpty();
    }

    @Test
    void overrideNoCallUsed_isShownAsNotUsed() {
        String document = """
                {"Version": "2025-06-21", "Observations": [
                  {"Identifier": "start", "Event": {"Type": "TestInitiated", "Actor": "System", "Properties": {}},
                   "Actions": [{"Identifier": "wrapper-mock", "Type": "OverrideSystemBehavior", "Parameters": {
                     "ActionType": "OverrideSystemBehavior", "Behavior": {"Type": "FlowAction", "Properties": {
                       "ActionType": "InvokeLambdaFunction", "ActionParameters": {"LambdaFunctionARN": "${AsyncWrapperFunctionArn}"},
                       "Strategy": {"Type": "MockResponse", "Response": {"Type": "ExecutionResult", "ExecutionResult": {"LoadedData": "{}"}}}}}}}]}
                ]}""";

        TestResult result = new TestRunner(vanityFunction(FLOWERS), options)
                .run("unused", document, TestFlows.ARNS, vanity, SimulatedContact.inbound(FLOWERS_CALLER));

        assertThat(result.observations().get(0).actions().get(0).seen())
                .isEqualTo("not used: the flow made no further call to " + TestFlows.ARNS.get("AsyncWrapperFunctionArn"));
        assertThat(TestReport.text(List.of(result))).contains("seen:     not used: the flow made no further call to");
    }

    @Test
    void documentsTimeLimitExceededMock_isATimeout_theCallerWaitingTheBlocksLimit() {
        String document = """
                {"Version": "2025-06-21", "Observations": [
                  {"Identifier": "start", "Event": {"Type": "TestInitiated", "Actor": "System", "Properties": {}},
                   "Actions": [{"Identifier": "vanity-slow", "Type": "OverrideSystemBehavior", "Parameters": {
                     "ActionType": "OverrideSystemBehavior", "Behavior": {"Type": "FlowAction", "Properties": {
                       "ActionType": "InvokeLambdaFunction", "ActionParameters": {"LambdaFunctionARN": "${VanityFunctionArn}"},
                       "Strategy": {"Type": "MockResponse", "Response": {"Type": "Error", "Error": {"Value": "TimeLimitExceeded"}}}}}}}]},
                  {"Identifier": "apology", "Event": {"Type": "MessageReceived", "Actor": "System",
                   "Properties": {"Text": "something went wrong", "MatchingCriteria": {"Type": "Inclusion"}}}}
                ]}""";

        TestResult result = new TestRunner(unrouted(), options)
                .run("timeout", document, TestFlows.ARNS, vanity, SimulatedContact.inbound(FLOWERS_CALLER));

        assertThat(result.passed()).as(TestReport.text(List.of(result))).isTrue();
        assertThat(result.call().lambdaCalls()).singleElement()
                .extracting(io.switchboard.flows.simulator.LambdaCall::outcome).isEqualTo(io.switchboard.flows.simulator.LambdaCallOutcome.TIMED_OUT);
        assertThat(result.call().deadAir()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void agentEvent_andAssertionOnAnUnknownPath_areNotReproducible_andTheTestDoesNotPass() {
        String document = """
                {"Version": "2019-10-30", "Observations": [
                  {"Identifier": "agent-answers", "Event": {"Type": "ContactConnectedToAgent", "Actor": "Agent", "Properties": {}}},
                  {"Identifier": "end", "Event": {"Type": "TestCompleted", "Actor": "System", "Properties": {}},
                   "Actions": [{"Identifier": "queue-name", "Type": "Assert",
                     "Parameters": {"Namespace": "$.Queue.Name", "Operator": "Equals", "Operand": "Sales"}}]}
                ]}""";

        TestResult result = new TestRunner(vanityFunction(FLOWERS), options)
                .run("agent", document, TestFlows.ARNS, vanity, SimulatedContact.inbound(FLOWERS_CALLER));

        assertThat(result.passed()).isFalse();
        assertThat(result.observations()).extracting(ObservationResult::verdict)
                .containsExactly(Verdict.NOT_REPRODUCIBLE_OFFLINE, Verdict.NOT_REPRODUCIBLE_OFFLINE);
        assertThat(TestReport.text(List.of(result)))
                .contains("NOT REPRODUCIBLE OFFLINE   --:--.-  agent-answers: ContactConnectedToAgent (Agent)")
                .contains("2 not reproducible offline");
    }

    @Test
    void failingAssertion_showsExpectedAndSeenValue() {
        String document = """
                {"Version": "2019-10-30", "Observations": [
                  {"Identifier": "end", "Event": {"Type": "TestCompleted", "Actor": "System", "Properties": {}},
                   "Actions": [{"Identifier": "count", "Type": "Assert",
                     "Parameters": {"Namespace": "$.Attributes.count", "Operator": "NumberGreaterThan", "Operand": 5}}]}
                ]}""";

        TestResult result = new TestRunner(vanityFunction(FLOWERS), options)
                .run("count", document, TestFlows.ARNS, vanity, SimulatedContact.inbound(FLOWERS_CALLER));

        ActionResult count = result.observations().get(0).actions().get(0);
        assertThat(count.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(count.expected()).isEqualTo("NumberGreaterThan \"5\"");
        assertThat(count.seen()).isEqualTo("\"3\"");
    }

    @Test
    void invalidDocument_isAFailedTest_listingItsProblems() {
        TestResult result = new TestRunner(vanityFunction(FLOWERS), options)
                .run("broken.json", "{\"Version\": \"1\"}", TestFlows.ARNS, vanity, SimulatedContact.inbound(FLOWERS_CALLER));

        assertThat(result.passed()).isFalse();
        assertThat(TestReport.text(List.of(result))).contains("FAILED  broken.json: the document cannot be run")
                .contains("- Version must be 2025-06-21 or 2019-10-30, not \"1\"");
    }

    private TestResult run(String document, LambdaInvoker lambdas, FlowDocument flow, String caller) throws IOException {
        return new TestRunner(lambdas, options).run(document, Files.readString(Path.of("tests", document)), TestFlows.ARNS,
                flow, SimulatedContact.inbound(caller));
    }

    private LambdaInvoker vanityFunction(LambdaMock answer) {
        return LambdaRoutes.to(unrouted()).mock("switchboard-vanity", answer, clock).build();
    }

    static LambdaInvoker unrouted() {
        return (arn, event) -> {
            throw new LambdaInvocationException("no function " + arn + " in this test");
        };
    }

    /** Moves only when slept on, so mocked delays cost no real time. */
    static final class FakeClock implements SimulationClock {
        private long nanos;

        @Override
        public long nanoTime() {
            return nanos;
        }

        @Override
        public void sleep(Duration duration) {
            nanos += duration.toNanos();
        }
    }
}
