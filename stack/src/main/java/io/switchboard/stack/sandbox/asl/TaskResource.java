package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Something a Task state's {@code Resource} can name. Implementations throw {@link StatesError} for
 * a failed task (its error name is what Retry and Catch match), and must respond to interruption:
 * the interpreter interrupts a task that timed out or whose execution was stopped.
 */
public interface TaskResource {

    boolean supports(String resource);

    JsonNode execute(String resource, JsonNode parameters) throws InterruptedException;
}
