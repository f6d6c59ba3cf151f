package io.switchboard.stack.sandbox.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The error objects Lambda's Java runtime returns as the payload of a failed invocation. */
final class ErrorPayload {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorPayload() {
    }

    /** {@code {"errorMessage", "errorType", "stackTrace": [...], "cause"?}} for an exception. */
    static String of(Throwable error) {
        return write(describe(error, 0));
    }

    /** Lambda's answer when the function ran past its timeout. */
    static String timedOut(String timestamp, String requestId, double seconds) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("errorMessage", String.format(java.util.Locale.ROOT, "%s %s Task timed out after %.2f seconds",
                timestamp, requestId, seconds));
        error.put("errorType", "Sandbox.Timedout");
        return write(error);
    }

    private static Map<String, Object> describe(Throwable error, int depth) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("errorMessage", error.getMessage() == null ? error.toString() : error.getMessage());
        described.put("errorType", error.getClass().getName());
        List<String> trace = new ArrayList<>();
        for (StackTraceElement element : error.getStackTrace()) {
            trace.add(element.toString());
        }
        described.put("stackTrace", trace);
        if (error.getCause() != null && error.getCause() != error && depth < 5) {
            described.put("cause", describe(error.getCause(), depth + 1));
        }
        return described;
    }

    private static String write(Map<String, Object> error) {
        try {
            return JSON.writeValueAsString(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
