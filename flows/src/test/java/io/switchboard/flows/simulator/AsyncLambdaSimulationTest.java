package io.switchboard.flows.simulator;

import static io.switchboard.flows.simulator.SmallFlows.CALLER;
import static io.switchboard.flows.simulator.SmallFlows.act;
import static io.switchboard.flows.simulator.SmallFlows.flow;
import static io.switchboard.flows.simulator.SmallFlows.next;
import static io.switchboard.flows.simulator.SmallFlows.onError;
import static io.switchboard.flows.simulator.SmallFlows.say;
import static io.switchboard.flows.simulator.SmallFlows.when;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.TestFlows;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Connect's native asynchronous Lambda: the flow goes on while the function runs; Load Lambda result
 * or a Wait on the invocation blocks until it answers or its (up to 60 s) limit passes. Only the
 * time the caller waits with nothing playing is dead air.
 */
class AsyncLambdaSimulationTest {

    private static final String ARN = "arn:aws:lambda:us-east-1:111122223333:function:balance-lookup:live";
    private static final String HOLD = "Please hold while we look that up.";

    private final ManualClock clock = new ManualClock();

    /** start async → hold prompt → Load Lambda result → read the answer. */
    private static FlowDocument lookup() {
        ObjectNode start = next(act("start", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + ARN + "\","
                + "\"InvocationType\":\"ASYNCHRONOUS\",\"InvocationTimeLimitSeconds\":\"60\","
                + "\"ResponseValidation\":{\"ResponseType\":\"STRING_MAP\"}}"), "hold");
        onError(start, "NoMatchingError", "say-error");
        ObjectNode hold = TestFlows.message("hold", HOLD, "load");
        ObjectNode load = next(act("load", "InvokeLambdaFunction", "{\"LambdaInvocationId\":\"$.LambdaInvocation.InvocationId\"}"), "answer");
        onError(load, "NoMatchingError", "say-error");
        ObjectNode answer = TestFlows.message("answer", "Your balance is $.External.balance dollars.", "bye");
        return flow(start, hold, load, answer, say("say-error", "Sorry, the lookup failed."));
    }

    private CallTranscript play(FlowDocument flow, LambdaInvoker invoker, SimulationOptions options) {
        return new FlowSimulator(invoker, options).simulate(flow, CALLER);
    }

    private SimulationOptions fast() {
        return SimulationOptions.defaults().withTimeScale(0).withClock(clock);
    }

    /** A function that answers after {@code seconds} of simulation time. */
    private LambdaInvoker takes(long seconds, String response) {
        return (arn, event) -> {
            clock.advance(Duration.ofSeconds(seconds));
            return response;
        };
    }

    @Test
    void asyncLambda_flowGoesOnWhileItRuns_andLoadLambdaResultReadsTheAnswer() throws Exception {
        CountDownLatch holdPlayed = new CountDownLatch(1);
        LambdaInvoker waitsForTheHoldPrompt = (arn, event) -> {
            try {
                // The function only finishes once the caller has heard the hold prompt: the flow did not wait for it.
                if (!holdPlayed.await(10, TimeUnit.SECONDS)) {
                    throw new LambdaInvocationException("the flow waited for the asynchronous call");
                }
            } catch (InterruptedException e) {
                throw new LambdaInvocationException("interrupted", e);
            }
            clock.advance(Duration.ofSeconds(10));
            return "{\"balance\":\"42\"}";
        };
        SimulationOptions options = fast().withStepListener(step -> {
            if (step.description().equals(HOLD)) {
                holdPlayed.countDown();
            }
        });

        CallTranscript call = play(lookup(), waitsForTheHoldPrompt, options);

        assertThat(call.heard()).containsExactly(HOLD, "Your balance is 42 dollars.");
        assertThat(call.lambdaCalls()).singleElement().satisfies(c -> assertThat(c.outcome()).isEqualTo(LambdaCallOutcome.OK));
    }

    @Test
    void asyncLambda_deadAirIsOnlyTheWaitLeftAfterThePromptsPlayedMeanwhile() {
        CallTranscript call = play(lookup(), takes(10, "{\"balance\":\"42\"}"), fast());

        Duration holdPrompt = call.steps().stream().filter(s -> s.description().equals(HOLD)).findFirst().orElseThrow().duration();
        assertThat(call.deadAir()).isEqualTo(Duration.ofSeconds(10).minus(holdPrompt));
        assertThat(call.lambdaCalls().get(0).duration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void asyncLambda_pastItsLimit_loadTakesTheErrorBranchAfterTheLimit() {
        CallTranscript call = play(lookup(), takes(75, "{\"balance\":\"42\"}"), fast());

        assertThat(call.heard()).containsExactly(HOLD, "Sorry, the lookup failed.");
        assertThat(call.lambdaCalls().get(0).outcome()).isEqualTo(LambdaCallOutcome.TIMED_OUT);
        Duration holdPrompt = call.steps().stream().filter(s -> s.description().equals(HOLD)).findFirst().orElseThrow().duration();
        assertThat(call.deadAir()).isEqualTo(Duration.ofSeconds(60).minus(holdPrompt));
    }

    @Test
    void asyncLambda_thatFails_takesTheErrorBranchAtLoad() {
        LambdaInvoker failing = (arn, event) -> {
            throw new LambdaInvocationException("function error");
        };

        CallTranscript call = play(lookup(), failing, fast());

        assertThat(call.heard()).containsExactly(HOLD, "Sorry, the lookup failed.");
        assertThat(call.ending().throughErrorBranch()).isTrue();
    }

    @Test
    void waitOnTheInvocation_takesTheLambdaReturnedBranchWhenTheFunctionAnswers() {
        ObjectNode start = next(act("start", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + ARN + "\","
                + "\"InvocationType\":\"ASYNCHRONOUS\",\"InvocationTimeLimitSeconds\":\"30\"}"), "wait");
        ObjectNode wait = act("wait", "Wait", "{\"TimeLimitSeconds\":\"30\",\"LambdaInvocationId\":\"$.LambdaInvocation.InvocationId\"}");
        when(wait, "Equals", "LambdaReturned", "load");
        when(wait, "Equals", "WaitCompleted", "say-late");
        onError(wait, "NoMatchingError", "say-late");
        ObjectNode load = next(act("load", "InvokeLambdaFunction", "{\"LambdaInvocationId\":\"$.LambdaInvocation.InvocationId\"}"), "answer");
        ObjectNode answer = TestFlows.message("answer", "Balance $.External.balance.", "bye");
        FlowDocument flow = flow(start, wait, load, answer, say("say-late", "That is taking too long."));

        CallTranscript quick = play(flow, takes(5, "{\"balance\":\"7\"}"), fast());
        assertThat(quick.heard()).containsExactly("Balance 7.");
        assertThat(quick.deadAir()).isEqualTo(Duration.ofSeconds(5));
        assertThat(quick.lambdaCalls()).hasSize(1);

        CallTranscript slow = play(flow, takes(45, "{\"balance\":\"7\"}"), fast());
        assertThat(slow.heard()).containsExactly("That is taking too long.");
    }

    @Test
    void waitShorterThanTheFunction_takesWaitCompleted_andALaterLoadStillGetsTheAnswer() {
        ObjectNode start = next(act("start", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + ARN + "\","
                + "\"InvocationType\":\"ASYNCHRONOUS\",\"InvocationTimeLimitSeconds\":\"60\"}"), "wait");
        ObjectNode wait = act("wait", "Wait", "{\"TimeLimitSeconds\":\"10\",\"LambdaInvocationId\":\"$.LambdaInvocation.InvocationId\"}");
        when(wait, "Equals", "LambdaReturned", "load");
        when(wait, "Equals", "WaitCompleted", "still");
        ObjectNode still = TestFlows.message("still", "Still working on it.", "load");
        ObjectNode load = next(act("load", "InvokeLambdaFunction", "{\"LambdaInvocationId\":\"$.LambdaInvocation.InvocationId\"}"), "answer");
        onError(load, "NoMatchingError", "say-error");
        ObjectNode answer = TestFlows.message("answer", "Balance $.External.balance.", "bye");

        CallTranscript call = play(flow(start, wait, still, load, answer, say("say-error", "Sorry.")), takes(20, "{\"balance\":\"7\"}"), fast());

        assertThat(call.heard()).containsExactly("Still working on it.", "Balance 7.");
        Duration stillPrompt = call.steps().stream().filter(s -> s.actionId().equals("still")).findFirst().orElseThrow().duration();
        assertThat(call.deadAir()).isEqualTo(Duration.ofSeconds(20).minus(stillPrompt));
        assertThat(call.lambdaCalls()).singleElement().satisfies(c -> assertThat(c.outcome()).isEqualTo(LambdaCallOutcome.OK));
    }

    @Test
    void asyncLambdaNeverWaitedFor_costsTheCallerNothing_andIsStillCounted() {
        ObjectNode start = next(act("start", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + ARN + "\","
                + "\"InvocationType\":\"ASYNCHRONOUS\"}"), "bye-message");

        CallTranscript call = play(flow(start, TestFlows.message("bye-message", "Thanks, goodbye.", "bye")), takes(3, "{}"), fast());

        assertThat(call.heard()).containsExactly("Thanks, goodbye.");
        assertThat(call.deadAir()).isZero();
        assertThat(call.lambdaCalls()).singleElement().satisfies(c -> assertThat(c.functionArn()).isEqualTo(ARN));
    }

    @Test
    void synchronousLambda_isUnchanged_andSetsNoInvocationId() {
        ObjectNode call = next(act("sync", "InvokeLambdaFunction", "{\"LambdaFunctionARN\":\"" + ARN + "\",\"InvocationTimeLimitSeconds\":\"8\"}"), "say");
        ObjectNode say = TestFlows.message("say", "Balance $.External.balance, invocation $.LambdaInvocation.InvocationId.", "bye");

        CallTranscript played = play(flow(call, say), takes(2, "{\"balance\":\"9\"}"), fast());

        assertThat(played.heard()).containsExactly("Balance 9, invocation .");
        assertThat(played.deadAir()).isEqualTo(Duration.ofSeconds(2));
    }
}
