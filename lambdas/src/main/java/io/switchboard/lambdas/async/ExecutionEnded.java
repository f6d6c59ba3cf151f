package io.switchboard.lambdas.async;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * An EventBridge <i>Step Functions Execution Status Change</i> event for an execution that ended
 * without writing its own result: TIMED_OUT or ABORTED (docs/decisions/0012). Pure: no AWS calls.
 *
 * @param executionArn {@code detail.executionArn}
 * @param status       {@code TIMED_OUT} or {@code ABORTED}: the result's error, as DescribeExecution's status would be
 * @param cause        the event's error and cause, or a sentence saying what happened when it has none
 * @param expiresAt    the execution input's {@code expires_at}, or {@code null} when it has none
 */
public record ExecutionEnded(String executionArn, String status, String cause, Instant expiresAt) {
    /** The statuses whose executions never reach the state machine's Record states. */
    public static final Set<String> UNRECORDED_STATUSES = Set.of("TIMED_OUT", "ABORTED");
    static final String DETAIL_TYPE = "Step Functions Execution Status Change";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The event, when it is a status change to TIMED_OUT or ABORTED with an execution ARN; else empty. */
    public static Optional<ExecutionEnded> from(JsonNode event) {
        JsonNode detail = event == null ? null : event.path("detail");
        if (detail == null || !DETAIL_TYPE.equals(event.path("detail-type").asText())) {
            return Optional.empty();
        }
        String arn = detail.path("executionArn").asText("");
        String status = detail.path("status").asText("");
        if (!ExecutionName.isExecutionArn(arn) || !UNRECORDED_STATUSES.contains(status)) {
            return Optional.empty();
        }
        return Optional.of(new ExecutionEnded(arn, status, cause(detail, status), expiresAt(detail.path("input"))));
    }

    private static String cause(JsonNode detail, String status) {
        String error = detail.path("error").isTextual() ? detail.path("error").asText() : "";
        String cause = detail.path("cause").isTextual() ? detail.path("cause").asText() : "";
        String known = error.isEmpty() ? cause : (cause.isEmpty() ? error : error + ": " + cause);
        if (!known.isEmpty()) {
            return known;
        }
        return status.equals("TIMED_OUT") ? "The execution timed out before the wrapped function returned."
                : "The execution was stopped before the wrapped function returned.";
    }

    /** {@code detail.input} is the execution input as JSON text: {@code {"event": …, "expires_at": "<epoch s>"}}. */
    private static Instant expiresAt(JsonNode input) {
        try {
            JsonNode parsed = input.isTextual() ? JSON.readTree(input.asText()) : input;
            String seconds = parsed.path("expires_at").asText("");
            return seconds.matches("\\d{1,12}") ? Instant.ofEpochSecond(Long.parseLong(seconds)) : null;
        } catch (Exception notJson) {
            return null;
        }
    }
}
