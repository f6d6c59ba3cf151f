package io.switchboard.lambdas.async;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The state machine's input (docs/decisions/0003): {@code {"event": …, "expires_at": "<epoch s>"}}.
 * The wrapped function gets the Connect event it would have got from Connect, minus the wrapper's own
 * control parameters; {@code expires_at} is a string because the state machine writes it as a
 * DynamoDB number ({@code "N.$"}), which takes text.
 */
public final class ExecutionInput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExecutionInput() {
    }

    public static String of(JsonNode connectEvent, Instant expiresAt) {
        JsonNode event = connectEvent == null || connectEvent.isMissingNode() ? JSON.createObjectNode() : connectEvent.deepCopy();
        JsonNode parameters = event.path("Details").path("Parameters");
        if (parameters instanceof ObjectNode editable) {
            editable.remove(AsyncProtocol.CONTROL_PARAMETERS);
        }
        ObjectNode input = JSON.createObjectNode();
        input.set("event", event);
        input.put("expires_at", Long.toString(expiresAt.getEpochSecond()));
        return input.toString();
    }
}
