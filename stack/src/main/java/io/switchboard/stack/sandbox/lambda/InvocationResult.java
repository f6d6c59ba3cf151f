package io.switchboard.stack.sandbox.lambda;

import java.util.List;

/**
 * What an invocation returned.
 *
 * @param payloadJson       the handler's output as JSON, or Lambda's error object when it failed
 * @param functionError     {@code Unhandled} when the handler threw or timed out, otherwise null
 * @param durationMillis    handler run time (without initialisation)
 * @param coldStart       whether this invocation created the handler (Lambda's cold start)
 * @param initDurationMillis time spent creating the handler on a cold start, 0 when warm
 * @param executedVersion   {@code $LATEST} or the version an alias points to
 * @param logLines          START / handler log / END / REPORT lines of this invocation
 */
public record InvocationResult(String payloadJson, String functionError, long durationMillis, boolean coldStart,
                               long initDurationMillis,
                               String executedVersion, List<String> logLines) {

    public boolean failed() {
        return functionError != null;
    }
}
