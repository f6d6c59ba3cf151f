package io.switchboard.desktop.executions;

import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-state spans from an execution's history, for the Gantt-style timeline, oldest first.
 *
 * <p>A state is running only while its execution is: every state that entered ends at its exit, at
 * the entry of the state a caught error sends the execution to, or at the execution's end (success,
 * failure, abort or time-out). Only a state of a still-running execution has no end. A span is
 * failed when a failure happened inside it (a Task or Lambda error, a Fail state, the execution
 * failing, timing out or being aborted while it ran).
 */
public final class ExecutionTimeline {
    private ExecutionTimeline() {
    }

    public static List<Span> of(List<ExecutionEvent> history) {
        List<ExecutionEvent> oldestFirst = history.stream().sorted(Comparator.comparingLong(ExecutionEvent::id)).toList();
        Map<String, Open> open = new LinkedHashMap<>();
        List<Span> spans = new ArrayList<>();
        for (ExecutionEvent e : oldestFirst) {
            String type = e.type();
            if (type.endsWith("StateEntered")) {
                closeCaughtFailures(open, e.timestamp(), spans);
                open.put(e.state(), new Open(e.timestamp(), type.equals("FailStateEntered")));
            } else if (type.endsWith("StateExited")) {
                Open entered = open.remove(e.state());
                if (entered != null) {
                    spans.add(new Span(e.state(), entered.start, e.timestamp(), entered.failed));
                }
            } else if (isExecutionEnd(type)) {
                boolean failedHere = !type.equals("ExecutionSucceeded");
                open.forEach((state, entered) -> spans.add(new Span(state, entered.start, e.timestamp(),
                        entered.failed || failedHere)));
                open.clear();
            } else if (e.isFailure()) {
                open.values().forEach(entered -> entered.failed = true);
            }
        }
        open.forEach((state, entered) -> spans.add(new Span(state, entered.start, null, entered.failed)));
        spans.sort(Comparator.comparing(Span::start));
        return spans;
    }

    /** A state whose error was caught has no Exited event on every implementation: it ends where the Catch goes. */
    private static void closeCaughtFailures(Map<String, Open> open, Instant at, List<Span> spans) {
        open.entrySet().removeIf(entry -> {
            if (!entry.getValue().failed) {
                return false;
            }
            spans.add(new Span(entry.getKey(), entry.getValue().start, at, true));
            return true;
        });
    }

    private static boolean isExecutionEnd(String type) {
        return type.equals("ExecutionSucceeded") || type.equals("ExecutionFailed") || type.equals("ExecutionAborted")
                || type.equals("ExecutionTimedOut");
    }

    private static final class Open {
        final Instant start;
        boolean failed;

        Open(Instant start, boolean failed) {
            this.start = start;
            this.failed = failed;
        }
    }

    /** @param end {@code null} while the state is still running; @param failed a failure happened inside it */
    public record Span(String state, Instant start, Instant end, boolean failed) {
    }
}
