package io.switchboard.flows.simulator;

/** How Connect would judge one synchronous Lambda call. */
public enum LambdaCallOutcome {
    OK,
    /** Took longer than InvocationTimeLimitSeconds: Connect would already have taken the Error branch. */
    TIMED_OUT,
    /** The invoker reported a failure (function error, throttling, not found). */
    INVOCATION_FAILED,
    /** The response is not a JSON object. */
    INVALID_RESPONSE,
    /** ResponseType STRING_MAP, but a value is not a string (nested object, number...). */
    NOT_A_STRING_MAP,
    /** The response is larger than Connect's 32 KB limit. */
    RESPONSE_TOO_LARGE
}
