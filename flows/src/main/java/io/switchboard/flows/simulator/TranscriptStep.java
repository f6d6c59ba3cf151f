package io.switchboard.flows.simulator;

import java.time.Duration;

/**
 * One action as the caller lived it.
 *
 * @param description what the caller hears (SPEECH: the words) or what happened
 * @param start       offset from the start of the call
 */
public record TranscriptStep(String actionId, String actionType, StepKind kind, String description,
                             Duration start, Duration duration) {
}
