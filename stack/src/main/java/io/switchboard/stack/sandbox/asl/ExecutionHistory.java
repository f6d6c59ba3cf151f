package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only event list of one execution; nothing is recorded after its closing event. Like
 * AWS it holds at most {@value #MAX_EVENTS} events: when only the closing event still fits, any
 * other event fails the execution instead (AWS: "If the event number 25,000 isn't
 * ExecutionSucceeded, the ExecutionFailed event is logged"), so an endless loop ends rather than
 * growing until the sandbox runs out of memory.
 */
public final class ExecutionHistory {
    public static final int MAX_EVENTS = 25_000;
    static final String HISTORY_LIMIT_CAUSE = "The execution reached the maximum number of history events ("
            + MAX_EVENTS + ") allowed for one execution.";

    private final Clock clock;
    private final List<HistoryEvent> events = new ArrayList<>();
    private boolean closed;

    public ExecutionHistory(Clock clock) {
        this.clock = clock;
    }

    public synchronized List<HistoryEvent> events() {
        return List.copyOf(events);
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    public synchronized int size() {
        return events.size();
    }

    /**
     * Records an event unless the execution has already closed; returns whether it was recorded.
     *
     * @throws StatesError States.Runtime when the history is full but for its closing event
     */
    public synchronized boolean record(String type, String detailsField, ObjectNode details) {
        if (closed) {
            return false;
        }
        if (events.size() >= MAX_EVENTS - 1) {
            throw new StatesError(StatesError.RUNTIME, HISTORY_LIMIT_CAUSE);
        }
        append(type, detailsField, details);
        return true;
    }

    /** Records the execution's closing event; only the first caller wins. */
    public synchronized boolean close(String type, String detailsField, ObjectNode details) {
        if (closed) {
            return false;
        }
        append(type, detailsField, details);
        closed = true;
        return true;
    }

    /** Opens a closed history again with {@code type} (ExecutionRedriven); returns whether it was closed. */
    public synchronized boolean reopen(String type, String detailsField, ObjectNode details) {
        if (!closed) {
            return false;
        }
        append(type, detailsField, details);
        closed = false;
        return true;
    }

    private void append(String type, String detailsField, ObjectNode details) {
        long id = events.size() + 1L;
        // AWS links the first state's entry to no event (previousEventId 0), every later event to the one before.
        long previous = id == 2 && type.endsWith("StateEntered") ? 0 : id - 1;
        events.add(new HistoryEvent(id, previous, clock.instant(), type, detailsField, details));
    }

    public void stateEntered(State state, JsonNode input) {
        ObjectNode details = AslJson.object();
        details.put("name", state.name());
        details.put("input", AslJson.write(input));
        details.putObject("inputDetails").put("truncated", false);
        record(state.type() + "StateEntered", "stateEnteredEventDetails", details);
    }

    public void stateExited(State state, JsonNode output) {
        ObjectNode details = AslJson.object();
        details.put("name", state.name());
        details.put("output", AslJson.write(output));
        details.putObject("outputDetails").put("truncated", false);
        record(state.type() + "StateExited", "stateExitedEventDetails", details);
    }

    static ObjectNode errorDetails(String error, String cause) {
        ObjectNode details = AslJson.object();
        if (error != null) {
            details.put("error", error);
        }
        if (cause != null) {
            details.put("cause", cause);
        }
        return details;
    }
}
