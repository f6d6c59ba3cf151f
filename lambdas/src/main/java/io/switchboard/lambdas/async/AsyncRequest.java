package io.switchboard.lambdas.async;

import java.util.Map;

/** One call of the async wrapper, as its control parameters describe it (see {@link AsyncProtocol#parse}). */
public sealed interface AsyncRequest permits AsyncRequest.Start, AsyncRequest.Poll, AsyncRequest.Invalid {

    /** No {@code execution_id}: start the wrapped function for this contact and {@code step}. */
    record Start(String step, int countMax, int countComfort) implements AsyncRequest {
    }

    /**
     * A poll of a started execution.
     *
     * @param count this call's count: the incoming {@code count} plus one
     */
    record Poll(String executionArn, int count, int countMax, int countComfort) implements AsyncRequest {
    }

    /**
     * Parameters the protocol cannot use.
     *
     * @param message names every bad parameter and what it should be
     * @param echo    the control parameters as received (defaults where absent), returned unchanged
     */
    record Invalid(String message, Map<String, String> echo) implements AsyncRequest {
    }
}
