package io.switchboard.flows.simulator;

import static io.switchboard.flows.TestFlows.action;
import static io.switchboard.flows.TestFlows.document;
import static io.switchboard.flows.TestFlows.minimal;
import static io.switchboard.flows.TestFlows.withActionAfterStart;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.TestFlows;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Connect's limits and the simulator's own guard rails. */
class SimulatorLimitsTest {

    private final ManualClock clock = new ManualClock();
    private final SimulationOptions fast = SimulationOptions.defaults().withTimeScale(0).withClock(clock);
    private final FlowDocument vanity = FlowDocument.fromClasspath("vanity", TestFlows.ARNS);
    private final SimulatedContact caller = SimulatedContact.inbound("+18003569377");

    @Test
    void stringMapResponseWithANumber_takesTheErrorBranchAndIsFlagged() {
        CallTranscript call = new FlowSimulator((arn, e) -> "{\"status\":\"OK\",\"count\":3}", fast).simulate(vanity, caller);

        assertThat(call.lambdaCalls()).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(LambdaCallOutcome.NOT_A_STRING_MAP);
            assertThat(c.detail()).contains("'count'");
        });
        assertThat(call.visited("say-lambda-error")).isTrue();
        assertThat(call.warnings()).anyMatch(w -> w.startsWith("action 'get-vanity'") && w.contains("NOT_A_STRING_MAP"));
    }

    @Test
    void stringMapResponseWithNestedObject_isFlagged() {
        CallTranscript call = new FlowSimulator((arn, e) -> "{\"status\":\"OK\",\"vanity\":{\"1\":\"x\"}}", fast).simulate(vanity, caller);

        assertThat(call.lambdaCalls().get(0).outcome()).isEqualTo(LambdaCallOutcome.NOT_A_STRING_MAP);
    }

    @Test
    void responseOver32Kilobytes_takesTheErrorBranchAndIsFlagged() {
        String huge = "{\"status\":\"OK\",\"prompt_ssml\":\"" + "a".repeat(33_000) + "\"}";

        CallTranscript call = new FlowSimulator((arn, e) -> huge, fast).simulate(vanity, caller);

        assertThat(call.lambdaCalls().get(0).outcome()).isEqualTo(LambdaCallOutcome.RESPONSE_TOO_LARGE);
        assertThat(call.ending().throughErrorBranch()).isTrue();
    }

    @Test
    void responseNotJson_isFlagged() {
        CallTranscript call = new FlowSimulator((arn, e) -> "OK", fast).simulate(vanity, caller);

        assertThat(call.lambdaCalls().get(0).outcome()).isEqualTo(LambdaCallOutcome.INVALID_RESPONSE);
    }

    @Test
    void lambdaOverItsTimeLimit_takesTheErrorBranch_andTheCallerWaitsOnlyTheLimit() {
        LambdaInvoker coldStart = (arn, e) -> {
            clock.advance(Duration.ofMillis(9_200));
            return "{\"status\":\"OK\"}";
        };

        CallTranscript call = new FlowSimulator(coldStart, fast).simulate(vanity, caller);

        assertThat(call.lambdaCalls().get(0).outcome()).isEqualTo(LambdaCallOutcome.TIMED_OUT);
        assertThat(call.lambdaCalls().get(0).duration()).isEqualTo(Duration.ofMillis(9_200));
        assertThat(call.deadAir()).isEqualTo(Duration.ofSeconds(8));
        assertThat(call.visited("say-lambda-error")).isTrue();
    }

    @Test
    void unsupportedAction_endsTheCallAndNamesTheType() {
        ObjectNode typo = action("typo", "MessageParticipnat", "bye");

        CallTranscript call = new FlowSimulator((arn, e) -> "{}", fast).simulate(document(withActionAfterStart(minimal(), typo)),
                SimulatedContact.inbound("+15550100"));

        assertThat(call.ending()).isEqualTo(new CallEnding(EndingKind.UNSUPPORTED_ACTION, "typo", "MessageParticipnat", false));
        assertThat(call.warnings()).containsExactly("action 'typo': unsupported action type MessageParticipnat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TimeLimitSeconds", "TimeoutSeconds"})
    void wait_pausesForItsTimeLimit_thenTakesWaitCompleted(String parameter) {
        ObjectNode wait = action("pause", "Wait", "bye");
        ((ObjectNode) wait.get("Parameters")).put(parameter, "30");
        ((ObjectNode) wait.get("Transitions")).putArray("Conditions").addObject().put("NextAction", "bye")
                .putObject("Condition").put("Operator", "Equals").putArray("Operands").add("WaitCompleted");

        CallTranscript call = new FlowSimulator((arn, e) -> "{}", fast)
                .simulate(document(withActionAfterStart(minimal(), wait)), SimulatedContact.inbound("+15550100"));

        assertThat(call.steps()).filteredOn(s -> s.actionId().equals("pause")).singleElement()
                .satisfies(s -> assertThat(s.duration()).isEqualTo(Duration.ofSeconds(30)));
        assertThat(call.path()).containsExactly("hello", "pause", "bye");
    }

    @Test
    void wait_prefersTimeLimitSeconds_whenBothNamesArePresent() {
        ObjectNode wait = action("pause", "Wait", "bye");
        ((ObjectNode) wait.get("Parameters")).put("TimeLimitSeconds", "5").put("TimeoutSeconds", "30");

        CallTranscript call = new FlowSimulator((arn, e) -> "{}", fast)
                .simulate(document(withActionAfterStart(minimal(), wait)), SimulatedContact.inbound("+15550100"));

        assertThat(call.steps()).filteredOn(s -> s.actionId().equals("pause")).singleElement()
                .satisfies(s -> assertThat(s.duration()).isEqualTo(Duration.ofSeconds(5)));
    }

    @Test
    void endlessLoop_stopsAtTheStepCap() {
        ObjectNode flow = minimal();
        ((ObjectNode) TestFlows.actionAt(flow, 0).get("Transitions")).put("NextAction", "hello").remove("Errors");

        CallTranscript call = new FlowSimulator((arn, e) -> "{}", fast.withMaxSteps(50))
                .simulate(document(flow), SimulatedContact.inbound("+15550100"));

        assertThat(call.ending().kind()).isEqualTo(EndingKind.STEP_LIMIT);
        assertThat(call.ending().kind().outcome()).isEqualTo("SIMULATION_ERROR");
        assertThat(call.steps()).hasSize(50);
    }

    @Test
    void unexpectedFailureInsideAnAction_endsSimulationErrorWithTheMessage_neverThrows() {
        LambdaInvoker buggy = (arn, e) -> {
            throw new IllegalStateException("invoker bug: connection pool closed");
        };

        CallTranscript call = new FlowSimulator(buggy, fast).simulate(vanity, caller);

        assertThat(call.ending().kind()).isEqualTo(EndingKind.SIMULATION_ERROR);
        assertThat(call.ending().actionId()).isEqualTo("get-vanity");
        assertThat(call.ending().detail()).contains("invoker bug: connection pool closed");
    }

    @Test
    void errorWithoutErrorsBranch_endsOnTheErrorPath() {
        ObjectNode queue = action("set-queue", "UpdateContactTargetQueue", "bye");
        ((ObjectNode) queue.get("Transitions")).remove("Errors");

        CallTranscript call = new FlowSimulator((arn, e) -> "{}", fast)
                .simulate(document(withActionAfterStart(minimal(), queue)), SimulatedContact.inbound("+15550100"));

        assertThat(call.ending().kind()).isEqualTo(EndingKind.ERROR_PATH);
        assertThat(call.ending().kind().outcome()).isEqualTo("DISCONNECTED");
        assertThat(call.ending().actionId()).isEqualTo("set-queue");
    }

    @Test
    void compareOperators_matchNumbersAndText() {
        var branch = new io.switchboard.flows.Transitions.ConditionBranch("x", "NumberGreaterThan", java.util.List.of("9"));
        assertThat(CompareExecutor.matches(branch, "10")).isTrue();
        assertThat(CompareExecutor.matches(branch, "abc")).isFalse();
        var less = new io.switchboard.flows.Transitions.ConditionBranch("x", "NumberLessThan", java.util.List.of("9"));
        assertThat(CompareExecutor.matches(less, "abc")).isFalse();
        assertThat(CompareExecutor.matches(less, "8.5")).isTrue();
        var contains = new io.switchboard.flows.Transitions.ConditionBranch("x", "TextContains", java.util.List.of("FLOW"));
        assertThat(CompareExecutor.matches(contains, "1-800-FLOWERS")).isTrue();
    }
}
