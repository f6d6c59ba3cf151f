package io.switchboard.stack.sandbox.lambda;

/**
 * Runs a sandbox function in-process, as Lambda's synchronous Invoke would (used by the Step
 * Functions side, which calls functions without HTTP).
 */
public interface FunctionInvoker {

    /**
     * @param functionNameOrArn a function name, its ARN, or a qualified ARN / {@code name:qualifier}
     *                          ({@code $LATEST}, version {@code 1}, or an alias such as {@code live})
     * @param payloadJson       the event as JSON text ({@code null} or empty for no payload)
     * @throws FunctionNotFoundException when no function (or qualifier) has that name
     */
    InvocationResult invoke(String functionNameOrArn, String payloadJson);
}
