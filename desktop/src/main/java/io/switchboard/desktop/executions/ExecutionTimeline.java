package io.switchboard.desktop.executions;

import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per-state spans (entered → exited) from an execution's history, for the Gantt-style timeline. */
public final class ExecutionTimeline {
    private ExecutionTimeline() {
    }

    public static List<Span> of(List<ExecutionEvent> history) {
        List<ExecutionEvent> oldestFirst = history.stream().sorted(Comparator.comparingLong(ExecutionEvent::id)).toList();
        Map<String, Instant> entered = new LinkedHashMap<>();
        List<Span> spans = new ArrayList<>();
        boolean failed = false;
        for (ExecutionEvent e : oldestFirst) {
            failed |= e.isFailure();
            if (e.type().endsWith("StateEntered")) {
                entered.put(e.state(), e.timestamp());
            } else if (e.type().endsWith("StateExited") && entered.containsKey(e.state())) {
                spans.add(new Span(e.state(), entered.remove(e.state()), e.timestamp(), failed));
                failed = false;
            }
        }
        entered.forEach((state, start) -> spans.add(new Span(state, start, null, false)));
        return spans;
    }

    /** @param end {@code null} while the state is still running; @param failed a failure happened inside it */
    public record Span(String state, Instant start, Instant end, boolean failed) {
    }
}
