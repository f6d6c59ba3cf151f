package io.switchboard.stack.sandbox.stepfunctions.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * One execution history AWS recorded: its id ({@code area/test_file.py::test_name[param]#snapshot_key}),
 * the events, and — when the test could be paired — the definition and input it ran with. A case
 * that could not be paired carries the reason instead.
 */
public record RecordedCase(String id, JsonNode events, String definition, JsonNode input, String unpairedReason) {

    public boolean paired() {
        return unpairedReason == null;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The input as StartExecution received it (see {@link #recordedJson}). */
    public String inputText() {
        return input.isTextual() ? input.asText() : input.toString();
    }

    /**
     * A JSON value as the recording keeps it: objects are stored parsed, but arrays, numbers and
     * strings are stored as their JSON text ({@code "[1,2]"}, {@code "\"Hello\""}).
     */
    public static JsonNode recordedJson(JsonNode recorded) {
        if (recorded.isTextual()) {
            try {
                return JSON.readTree(recorded.asText());
            } catch (IOException notJsonText) {
                return recorded;
            }
        }
        return recorded;
    }

    /** The closing event AWS recorded (ExecutionSucceeded, ExecutionFailed, …). */
    public JsonNode lastEvent() {
        return events.get(events.size() - 1);
    }
}
