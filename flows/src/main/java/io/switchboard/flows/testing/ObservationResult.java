package io.switchboard.flows.testing;

import java.time.Duration;
import java.util.List;

/**
 * One observation's outcome.
 *
 * @param event    the expected event in one line
 * @param verdict  the event's own verdict combined with its actions'
 * @param expected what was expected, in words; "" when it passed
 * @param seen     what the call did instead, in words; "" when it passed
 * @param at       when in the call the event was seen; null when it was not
 * @param actions  each action's result, in document order
 */
public record ObservationResult(String identifier, String event, Verdict verdict, String expected, String seen,
                                Duration at, List<ActionResult> actions) {

    public ObservationResult {
        actions = List.copyOf(actions);
    }
}
