package io.switchboard.flows.simulator;

import static io.switchboard.flows.simulator.SmallFlows.act;
import static io.switchboard.flows.simulator.SmallFlows.flow;
import static io.switchboard.flows.simulator.SmallFlows.next;
import static io.switchboard.flows.simulator.SmallFlows.onError;
import static io.switchboard.flows.simulator.SmallFlows.play;
import static io.switchboard.flows.simulator.SmallFlows.say;
import static io.switchboard.flows.simulator.SmallFlows.when;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.FlowDocument;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** CheckHoursOfOperation and CheckMetricData against the simulation's surroundings. */
class ChecksSimulationTest {

    private static final String QUEUE = "arn:aws:connect:us-east-1:111122223333:instance/i/queue/support";

    /** Office hours: weekdays 09:00–17:00 in New York. */
    private static final String OFFICE_HOURS = """
            {"Config": [
              {"Day": "MONDAY", "StartTime": {"Hours": 9, "Minutes": 0}, "EndTime": {"Hours": 17, "Minutes": 0}},
              {"Day": "TUESDAY", "StartTime": {"Hours": 9, "Minutes": 0}, "EndTime": {"Hours": 17, "Minutes": 0}},
              {"Day": "WEDNESDAY", "StartTime": {"Hours": 9, "Minutes": 0}, "EndTime": {"Hours": 17, "Minutes": 0}},
              {"Day": "THURSDAY", "StartTime": {"Hours": 9, "Minutes": 0}, "EndTime": {"Hours": 17, "Minutes": 0}},
              {"Day": "FRIDAY", "StartTime": {"Hours": 9, "Minutes": 0}, "EndTime": {"Hours": 17, "Minutes": 0}}],
             "TimeZone": "America/New_York"}""";

    private static FlowDocument hoursFlow(String parameters) {
        ObjectNode check = act("open?", "CheckHoursOfOperation", parameters);
        when(check, "Equals", "True", "say-open");
        when(check, "Equals", "False", "say-closed");
        onError(check, "NoMatchingError", "say-error");
        return flow(check, say("say-open", "We are open."), say("say-closed", "We are closed."), say("say-error", "Error."));
    }

    @Test
    void checkHoursOfOperation_byDefault_isOpen() {
        assertThat(play(hoursFlow("{}")).heard()).containsExactly("We are open.");
    }

    @Test
    void checkHoursOfOperation_alwaysClosed_takesFalse() {
        CallTranscript call = play(hoursFlow("{}"), Surroundings.defaults().withHours(HoursOfOperation.alwaysClosed()));

        assertThat(call.heard()).containsExactly("We are closed.");
    }

    @Test
    void checkHoursOfOperation_weeklySchedule_isEvaluatedAtTheSimulatedTimeInItsTimeZone() {
        HoursOfOperation office = HoursOfOperation.fromJson(OFFICE_HOURS);
        Surroundings world = Surroundings.defaults().withHoursFor("office", office);
        FlowDocument flow = hoursFlow("{\"HoursOfOperationId\":\"arn:aws:connect:us-east-1:111122223333:instance/i/operating-hours/office\"}");

        // Wednesday 15:30 UTC is 10:30 in New York; Wednesday 23:30 UTC is 18:30 there.
        assertThat(play(flow, world.withNow(ZonedDateTime.parse("2026-12-02T15:30:00Z"))).heard()).containsExactly("We are open.");
        assertThat(play(flow, world.withNow(ZonedDateTime.parse("2026-12-02T23:30:00Z"))).heard()).containsExactly("We are closed.");
        assertThat(play(flow, world.withNow(ZonedDateTime.parse("2026-12-05T15:30:00Z"))).heard()).containsExactly("We are closed.");
    }

    @Test
    void checkHoursOfOperation_withoutAnId_usesTheWorkingQueuesHours() {
        ObjectNode setQueue = next(act("queue", "UpdateContactTargetQueue", "{\"QueueId\":\"" + QUEUE + "\"}"), "open?");
        ObjectNode check = act("open?", "CheckHoursOfOperation", "{}");
        when(check, "Equals", "True", "say-open");
        when(check, "Equals", "False", "say-closed");
        FlowDocument flow = flow(setQueue, check, say("say-open", "We are open."), say("say-closed", "We are closed."));

        CallTranscript call = play(flow, Surroundings.defaults().withHoursFor("support", HoursOfOperation.alwaysClosed()));

        assertThat(call.heard()).containsExactly("We are closed.");
    }

    @Test
    void distributeByPercentage_splitsContactsByTheirId_andAReplayTakesTheSameBranch() {
        ObjectNode split = act("split", "DistributeByPercentage", "{}");
        when(split, "NumberLessThan", "51", "say-a");
        when(split, "NumberLessThan", "101", "say-b");
        onError(split, "NoMatchingCondition", "say-b");
        FlowDocument flow = flow(split, say("say-a", "Version A."), say("say-b", "Version B."));
        java.util.Set<String> heard = new java.util.HashSet<>();
        for (int i = 0; i < 40; i++) {
            SimulatedContact contact = SmallFlows.CALLER.withContactId("contact-" + i);
            java.util.List<String> first = new FlowSimulator((a, e) -> "{}", SmallFlows.fast()).simulate(flow, contact).heard();
            java.util.List<String> again = new FlowSimulator((a, e) -> "{}", SmallFlows.fast()).simulate(flow, contact).heard();
            assertThat(again).isEqualTo(first);
            heard.addAll(first);
        }

        assertThat(heard).containsExactlyInAnyOrder("Version A.", "Version B.");
    }

    private static FlowDocument staffingFlow(String metric, String operator, String operand) {
        ObjectNode setQueue = next(act("queue", "UpdateContactTargetQueue", "{\"QueueId\":\"" + QUEUE + "\"}"), "staffed?");
        ObjectNode check = act("staffed?", "CheckMetricData", "{\"MetricType\":\"" + metric + "\"}");
        when(check, operator, operand, "say-yes");
        onError(check, "NoMatchingCondition", "say-no");
        onError(check, "NoMatchingError", "say-error");
        return flow(setQueue, check, say("say-yes", "Condition met."), say("say-no", "Condition not met."), say("say-error", "Error."));
    }

    @Test
    void checkMetricData_agentsStaffedByDefault_takesGreaterThanZero() {
        assertThat(play(staffingFlow("NumberOfAgentsStaffed", "NumberGreaterThan", "0")).heard()).containsExactly("Condition met.");
    }

    @Test
    void checkMetricData_unstaffedQueue_takesNoMatchingCondition() {
        CallTranscript call = play(staffingFlow("NumberOfAgentsAvailable", "NumberGreaterThan", "0"),
                Surroundings.defaults().withQueueMetrics("support", QueueMetrics.unstaffed()));

        assertThat(call.heard()).containsExactly("Condition not met.");
    }

    @Test
    void checkMetricData_oldestContactAge_comparesSeconds() {
        QueueMetrics busy = new QueueMetrics(3, 0, 3, 12, Duration.ofMinutes(10));
        Surroundings world = Surroundings.defaults().withQueueMetrics(QUEUE, busy);

        assertThat(play(staffingFlow("OldestContactInQueueAgeSeconds", "NumberLessThan", "300"), world).heard())
                .containsExactly("Condition not met.");
        assertThat(play(staffingFlow("NumberOfContactsInQueue", "NumberGreaterThan", "10"), world).heard())
                .containsExactly("Condition met.");
    }
}
