package io.switchboard.flows.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.TestFlows;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prompts are "waited out" on a manual clock at real-time scale, so the fake function progresses between polls. */
class AsyncDemoFlowSimulationTest {

    private final FlowDocument flow = FlowDocument.fromClasspath("async-demo", TestFlows.ARNS);
    private final ManualClock clock = new ManualClock();
    private final SimulationOptions realTime = SimulationOptions.defaults().withClock(clock);
    private final SimulatedContact caller = SimulatedContact.inbound("+447700900123");

    @Test
    void slowFunction_reachesSuccess_andReadsBackTheBalance() {
        FakeAsyncWrapper wrapper = FakeAsyncWrapper.succeedingAfter(clock, Duration.ofSeconds(20));

        CallTranscript call = new FlowSimulator(wrapper, realTime).simulate(flow, caller);

        assertThat(call.heard()).first().isEqualTo("Please hold while we look up your balance.");
        assertThat(call.heard()).last().asString().startsWith("Your balance is £42.17.");
        assertThat(call.ending().kind()).isEqualTo(EndingKind.DISCONNECTED);
        assertThat(call.ending().throughErrorBranch()).isFalse();
        assertThat(call.warnings()).isEmpty();
    }

    @Test
    void comfortPrompt_playsExactlyWhenTheWrapperSaysSo_everyThirdCount() {
        FakeAsyncWrapper wrapper = FakeAsyncWrapper.succeedingAfter(clock, Duration.ofSeconds(20));

        CallTranscript call = new FlowSimulator(wrapper, realTime).simulate(flow, caller);

        List<String> counts = wrapper.responses.stream()
                .filter(r -> r.path("comfort").asText().equals("true")).map(r -> r.path("count").asText()).toList();
        assertThat(counts).containsExactly("3", "6");
        assertThat(call.timesVisited("say-still-working")).isEqualTo(2);
        assertThat(call.timesVisited("hold-silence")).isEqualTo(call.timesVisited("poll-lookup") - 2 - 1);
        List<String> path = call.path();
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).equals("say-still-working")) {
                assertThat(path.subList(i - 3, i)).containsExactly("keep-progress", "check-progress", "check-comfort");
            }
        }
    }

    @Test
    void polls_carryExecutionIdCountAndCadence_fromAttributesAndFlowAttributes() {
        FakeAsyncWrapper wrapper = FakeAsyncWrapper.succeedingAfter(clock, Duration.ofSeconds(5));

        new FlowSimulator(wrapper, realTime).simulate(flow, caller);

        JsonNode start = wrapper.events.get(0).path("Details").path("Parameters");
        assertThat(start.path("step").asText()).isEqualTo("balance");
        assertThat(start.has("execution_id")).isFalse();
        assertThat(start.path("count_max").asText()).isEqualTo("10");
        assertThat(start.path("count_comfort").asText()).isEqualTo("3");
        JsonNode secondPoll = wrapper.events.get(2).path("Details").path("Parameters");
        assertThat(secondPoll.path("execution_id").asText()).endsWith("contact-balance");
        assertThat(secondPoll.path("count").asText()).isEqualTo("2");
        assertThat(secondPoll.path("count_max").asText()).isEqualTo("10");
    }

    @Test
    void failingFunction_apologises() {
        CallTranscript call = new FlowSimulator(FakeAsyncWrapper.failingAfter(clock, Duration.ofSeconds(6)), realTime)
                .simulate(flow, caller);

        assertThat(call.visited("say-lookup-failed")).isTrue();
        assertThat(call.heard()).noneMatch(h -> h.contains("Your balance is"));
    }

    @Test
    void tooSlowFunction_endsThroughTheWrappersLoopDone_afterCountMaxPolls() {
        FakeAsyncWrapper wrapper = FakeAsyncWrapper.neverFinishing(clock);

        CallTranscript call = new FlowSimulator(wrapper, realTime).simulate(flow, caller);

        assertThat(call.timesVisited("poll-lookup")).isEqualTo(10);
        assertThat(wrapper.responses).last().extracting(r -> r.path("status").asText()).isEqualTo("LOOP_DONE");
        assertThat(call.heard()).last().asString().contains("this is taking too long");
        assertThat(call.ending().kind()).isEqualTo(EndingKind.DISCONNECTED);
        assertThat(call.totalDuration()).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(45));
    }

    @Test
    void tooSlowFunction_stillEndsThroughLoopDone_whenTheWrapperComparesTheIncomingCount() {
        FakeAsyncWrapper wrapper = FakeAsyncWrapper.neverFinishingComparingIncomingCount(clock);

        CallTranscript call = new FlowSimulator(wrapper, realTime).simulate(flow, caller);

        assertThat(call.timesVisited("poll-lookup")).isEqualTo(11);
        assertThat(wrapper.responses).last().extracting(r -> r.path("status").asText()).isEqualTo("LOOP_DONE");
        assertThat(call.visited("say-too-long")).isTrue();
    }

    @Test
    void deadAir_isEveryPauseBetweenPollsAndEveryWrapperCall_notOnlyTheCalls() {
        CallTranscript call = new FlowSimulator(FakeAsyncWrapper.succeedingAfter(clock, Duration.ofSeconds(8)), realTime)
                .simulate(flow, caller);

        long pauses = call.steps().stream().filter(s -> s.kind() == StepKind.PAUSE && s.description().equals("[pause 2s]")).count();
        assertThat(pauses).isPositive();
        assertThat(call.deadAir()).isEqualTo(Duration.ofMillis(120L * call.lambdaCalls().size()).plusSeconds(2 * pauses));
    }
}
