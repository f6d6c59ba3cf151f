package io.switchboard.flows.simulator;

import java.time.Duration;

/**
 * One InvokeLambdaFunction as sent and received.
 *
 * @param response the raw response text; null when the invocation failed
 * @param duration how long the call really took (may exceed the limit; the caller waited at most the limit)
 */
public record LambdaCall(String actionId, String functionArn, String event, String response,
                         Duration duration, LambdaCallOutcome outcome, String detail) {
}
