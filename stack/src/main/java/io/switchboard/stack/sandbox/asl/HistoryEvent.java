package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One history event as GetExecutionHistory reports it: {@code type} is AWS's HistoryEventType
 * (TaskStateEntered, ExecutionSucceeded...), {@code detailsField} the member that carries
 * {@code details} (stateEnteredEventDetails...), or {@code null} for events without details.
 */
public record HistoryEvent(long id, long previousEventId, Instant timestamp, String type,
                           String detailsField, ObjectNode details) {
}
