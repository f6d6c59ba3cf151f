package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The append-only event list of one execution; nothing is recorded after its closing event. */
public final class ExecutionHistory {
    private final Clock clock;
    private final List<HistoryEvent> events = new ArrayList<>();
    private boolean closed;

    public ExecutionHistory(Clock clock) {
        this.clock = clock;
    }

    public synchronized List<HistoryEvent> events() {
        return List.copyOf(events);
    }

    /** Records an event unless the execution has already closed; returns whether it was recorded. */
    public synchronized boolean record(String type, String detailsField, ObjectNode details) {
        if (closed) {
            return false;
        }
        long id = events.size() + 1L;
        events.add(new HistoryEvent(id, id - 1, clock.instant(), type, detailsField, details));
        return true;
    }

    /** Records the execution's closing event; only the first caller wins. */
    public synchronized boolean close(String type, String detailsField, ObjectNode details) {
        if (!record(type, detailsField, details)) {
            return false;
        }
        closed = true;
        return true;
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
