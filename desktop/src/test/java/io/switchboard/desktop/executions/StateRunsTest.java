package io.switchboard.desktop.executions;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionEvent;
import io.switchboard.desktop.executions.StateRuns.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What each state did, as the graph colours it and the state table lists it. Histories as the gateway
 * gives them: only StateEntered/StateExited carry a state name; the rest belong to the open state.
 */
class StateRunsTest {
    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void retriedTaskThatSucceeded_isSucceededWithOneRetry_andStatesNeverEnteredSaySo() {
        StateRuns runs = StateRuns.of(history(
                "ExecutionStarted", null, 0,
                "TaskStateEntered", "Invoke", 10,
                "TaskScheduled", null, 11,
                "TaskFailed", null, 200,
                "TaskScheduled", null, 1_200,
                "TaskSucceeded", null, 1_450,
                "TaskStateExited", "Invoke", 1_460,
                "PassStateEntered", "RecordSuccess", 1_461,
                "PassStateExited", "RecordSuccess", 1_470,
                "ExecutionSucceeded", null, 1_480));

        StateRuns.Run invoke = runs.latest().get("Invoke");
        assertThat(invoke.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(invoke.retries()).isEqualTo(1);
        assertThat(invoke.duration(T0)).isEqualTo(Duration.ofMillis(1_450));
        assertThat(invoke.input()).isEqualTo("{\"at\": 10}");
        assertThat(invoke.output()).isEqualTo("{\"at\": 1460}");
        assertThat(runs.status("RecordSuccess")).isEqualTo(Status.SUCCEEDED);
        assertThat(runs.status("RecordFailure")).isEqualTo(Status.NOT_ENTERED);
    }

    @Test
    void caughtError_isCaughtNotFailed_andTheExecutionsFailStateIsFailed() {
        StateRuns runs = StateRuns.of(history(
                "ExecutionStarted", null, 0,
                "TaskStateEntered", "Invoke", 10,
                "TaskScheduled", null, 11,
                "TaskFailed", null, 300,
                "PassStateEntered", "RecordFailure", 310,
                "PassStateExited", "RecordFailure", 320,
                "FailStateEntered", "Failed", 321,
                "ExecutionFailed", null, 330));

        assertThat(runs.runs()).extracting(StateRuns.Run::state, StateRuns.Run::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Invoke", Status.CAUGHT),
                org.assertj.core.groups.Tuple.tuple("RecordFailure", Status.SUCCEEDED),
                org.assertj.core.groups.Tuple.tuple("Failed", Status.FAILED));
        assertThat(runs.latest().get("Invoke").error()).isEqualTo("{\"at\": 300}");
        assertThat(runs.latest().get("Invoke").end()).isEqualTo(T0.plusMillis(310));
    }

    @Test
    void uncaughtFailure_timeOutAndAbort_endTheOpenStateAtTheExecutionsEnd() {
        StateRuns failed = StateRuns.of(history("ExecutionStarted", null, 0, "TaskStateEntered", "Invoke", 1,
                "LambdaFunctionScheduled", null, 2, "LambdaFunctionFailed", null, 50, "ExecutionFailed", null, 51));
        StateRuns timedOut = StateRuns.of(history("ExecutionStarted", null, 0, "WaitStateEntered", "Pause", 1,
                "ExecutionTimedOut", null, 900));
        StateRuns aborted = StateRuns.of(history("ExecutionStarted", null, 0, "TaskStateEntered", "Invoke", 1,
                "TaskScheduled", null, 2, "ExecutionAborted", null, 6_800));

        assertThat(failed.latest().get("Invoke")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.FAILED);
            assertThat(r.end()).isEqualTo(T0.plusMillis(51));
        });
        assertThat(timedOut.latest().get("Pause").status()).isEqualTo(Status.FAILED);
        assertThat(timedOut.latest().get("Pause").end()).isEqualTo(T0.plusMillis(900));
        assertThat(aborted.latest().get("Invoke").status()).isEqualTo(Status.ABORTED);
        assertThat(aborted.latest().get("Invoke").end()).isEqualTo(T0.plusMillis(6_800));
    }

    @Test
    void runningExecution_onlyTheOpenStateRuns_andALoopCountsEachEntry() {
        StateRuns runs = StateRuns.of(history(
                "ExecutionStarted", null, 0,
                "WaitStateEntered", "Pause", 1, "WaitStateExited", "Pause", 2,
                "WaitStateEntered", "Pause", 3, "WaitStateExited", "Pause", 4,
                "TaskStateEntered", "Invoke", 5));

        assertThat(runs.entries("Pause")).isEqualTo(2);
        assertThat(runs.status("Pause")).isEqualTo(Status.SUCCEEDED);
        assertThat(runs.status("Invoke")).isEqualTo(Status.RUNNING);
        assertThat(runs.latest().get("Invoke").end()).isNull();
    }

    @Test
    void redrivenExecution_theFailedStatesLatestRunIsTheRedrive() {
        StateRuns runs = StateRuns.of(history(
                "ExecutionStarted", null, 0,
                "TaskStateEntered", "Invoke", 1, "TaskScheduled", null, 2, "TaskFailed", null, 3,
                "ExecutionFailed", null, 4,
                "ExecutionRedriven", null, 100,
                "TaskStateEntered", "Invoke", 101, "TaskScheduled", null, 102, "TaskSucceeded", null, 150,
                "TaskStateExited", "Invoke", 151,
                "ExecutionSucceeded", null, 152));

        assertThat(runs.runs()).extracting(StateRuns.Run::status).containsExactly(Status.FAILED, Status.SUCCEEDED);
        assertThat(runs.status("Invoke")).isEqualTo(Status.SUCCEEDED);
    }

    /** Triples of (type, state or null, milliseconds after T0); each event's detail says when it happened. */
    private static List<ExecutionEvent> history(Object... triples) {
        List<ExecutionEvent> events = new ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            long id = i / 3 + 1;
            long at = ((Number) triples[i + 2]).longValue();
            events.add(0, new ExecutionEvent(id, id - 1, (String) triples[i], T0.plusMillis(at), (String) triples[i + 1],
                    "{\"at\": " + at + "}"));
        }
        return events;
    }
}
