package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** A state's output and the state to run next ({@code null}: the execution succeeds with it). */
record StepResult(JsonNode output, String next) {
}
