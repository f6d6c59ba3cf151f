package io.switchboard.lambdas.async;

import java.util.Map;

/** One call of the async wrapper, as its control parameters describe it (see {@link AsyncProtocol#parse}). */
public sealed interface AsyncRequest permits AsyncRequest.Start, AsyncRequest.Poll, AsyncRequest.Invalid {

    /**
     * No {@code execution_id}: start the wrapped function for this contact and {@code step}.
     *
     * @param count    this call's count: 1, or the incoming {@code count} plus one when the flow passed
     *                 one (a flow that saved a blank {@code execution_id} and polls with it)
     * @param response how a finished execution's output is answered
     */
    record Start(String step, int countMax, int countComfort, int count, ResponseStyle response) implements AsyncRequest {
        public Start(String step, int countMax, int countComfort) {
            this(step, countMax, countComfort, 1, ResponseStyle.FLAT);
        }
    }

    /**
     * A poll of a started execution.
     *
     * @param count    this call's count: the incoming {@code count} plus one
     * @param response how a finished execution's output is answered
     */
    record Poll(String executionArn, int count, int countMax, int countComfort, ResponseStyle response) implements AsyncRequest {
        public Poll(String executionArn, int count, int countMax, int countComfort) {
            this(executionArn, count, countMax, countComfort, ResponseStyle.FLAT);
        }
    }

    /**
     * Parameters the protocol cannot use.
     *
     * @param message names every bad parameter and what it should be
     * @param echo    the control parameters as received (defaults where absent), returned unchanged
     */
    record Invalid(String message, Map<String, String> echo) implements AsyncRequest {
    }

    /** The {@code response} parameter: how the wrapped function's output reaches the flow. */
    enum ResponseStyle {
        /** Dotted string keys ({@code account.type}): what STRING_MAP response validation accepts. Default. */
        FLAT,
        /** The output's own nesting ({@code $.External.account.type}): for {@code ResponseValidation: JSON}. */
        JSON;

        static ResponseStyle parse(String raw) {
            return switch (raw) {
                case "", "flat" -> FLAT;
                case "json" -> JSON;
                default -> null;
            };
        }
    }
}
