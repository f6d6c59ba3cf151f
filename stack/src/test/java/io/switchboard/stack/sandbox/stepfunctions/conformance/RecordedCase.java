package io.switchboard.stack.sandbox.stepfunctions.conformance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One execution history AWS recorded: its id ({@code area/test_file.py::test_name[param]#snapshot_key}),
 * the events, and — when the test could be paired — the definition and input it ran with. A case
 * that could not be paired carries the reason instead.
 */
public record RecordedCase(String id, JsonNode events, String definition, JsonNode input, String unpairedReason) {

    public boolean paired() {
        return unpairedReason == null;
    }

    /** The closing event AWS recorded (ExecutionSucceeded, ExecutionFailed, …). */
    public JsonNode lastEvent() {
        return events.get(events.size() - 1);
    }
}
