package io.switchboard.desktop.executions;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The timeline shows what happened: no state of a finished execution is "running". Histories follow the
 * event sequences AWS records (../shared/reference/sfn-aws-recorded: a caught Task failure, a Fail state,
 * an aborted execution).
 */
class ExecutionTimelineTest {
    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void failedExecution_withCaughtTaskFailureAndFailState_hasNoRunningStateAndTheTaskIsRed() {
        List<ExecutionEvent> history = history(
                "ExecutionStarted", null, 0,
                "TaskStateEntered", "InvokeWrappedFunc", 10,
                "TaskScheduled", "InvokeWrappedFunc", 11,
                "TaskFailed", "InvokeWrappedFunc", 300,
                "FailStateEntered", "WrappedFunctionFailed", 310,
                "ExecutionFailed", null, 430);

        List<ExecutionTimeline.Span> spans = ExecutionTimeline.of(history);

        assertThat(spans).extracting(ExecutionTimeline.Span::state).containsExactly("InvokeWrappedFunc", "WrappedFunctionFailed");
        assertThat(spans).allSatisfy(span -> assertThat(span.end()).isNotNull());
        assertThat(spans.get(0).failed()).isTrue();
        assertThat(Duration.between(spans.get(0).start(), spans.get(0).end())).isEqualTo(Duration.ofMillis(300));
        assertThat(spans.get(1).end()).isEqualTo(T0.plusMillis(430));
    }

    @Test
    void abortedExecution_endsTheStateThatWasRunningAtTheAbort() {
        List<ExecutionEvent> history = history(
                "ExecutionStarted", null, 0,
                "TaskStateEntered", "Lookup", 5,
                "TaskScheduled", "Lookup", 6,
                "ExecutionAborted", null, 6_800);

        List<ExecutionTimeline.Span> spans = ExecutionTimeline.of(history);

        assertThat(spans).singleElement().satisfies(span -> {
            assertThat(span.end()).isEqualTo(T0.plusMillis(6_800));
            assertThat(span.failed()).isTrue();
        });
    }

    @Test
    void runningExecution_onlyTheCurrentStateIsOpen() {
        List<ExecutionEvent> history = history(
                "ExecutionStarted", null, 0,
                "PassStateEntered", "Prepare", 1,
                "PassStateExited", "Prepare", 2,
                "TaskStateEntered", "Lookup", 3);

        List<ExecutionTimeline.Span> spans = ExecutionTimeline.of(history);

        assertThat(spans).extracting(ExecutionTimeline.Span::state).containsExactly("Prepare", "Lookup");
        assertThat(spans.get(0).end()).isNotNull();
        assertThat(spans.get(1).end()).isNull();
    }

    @Test
    void caughtFailure_withTaskStateExited_asAwsRecordsIt_isOneRedSpanThenTheCatchTarget() {
        List<ExecutionEvent> history = history(
                "ExecutionStarted", null, 0,
                "TaskStateEntered", "Call", 1,
                "LambdaFunctionFailed", "Call", 50,
                "TaskStateExited", "Call", 51,
                "PassStateEntered", "Recover", 52,
                "PassStateExited", "Recover", 53,
                "SucceedStateEntered", "Done", 54,
                "SucceedStateExited", "Done", 55,
                "ExecutionSucceeded", null, 56);

        List<ExecutionTimeline.Span> spans = ExecutionTimeline.of(history);

        assertThat(spans).extracting(ExecutionTimeline.Span::state).containsExactly("Call", "Recover", "Done");
        assertThat(spans).extracting(ExecutionTimeline.Span::failed).containsExactly(true, false, false);
    }

    /** Triples of (type, state, milliseconds after T0); ids in order; given newest first, as the console reads them. */
    private static List<ExecutionEvent> history(Object... triples) {
        List<ExecutionEvent> events = new ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            long id = i / 3 + 1;
            events.add(0, new ExecutionEvent(id, id - 1, (String) triples[i], T0.plusMillis(((Number) triples[i + 2]).longValue()),
                    (String) triples[i + 1], "{}"));
        }
        return events;
    }
}
