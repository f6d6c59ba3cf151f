package io.switchboard.flows.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Judges one Lambda answer as Connect does: a failure, a run past the time limit, a response that is
 * not a JSON object, over 32 KB, or (STRING_MAP) not flat strings all take the Error branch.
 */
record LambdaResponseCheck(LambdaCallOutcome outcome, String detail, JsonNode parsed) {

    static final int MAX_RESPONSE_BYTES = 32 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param failure  the invoker's failure message, or null when it answered
     * @param response the answer (ignored when {@code failure} is set)
     */
    static LambdaResponseCheck of(String failure, String response, Duration took, Duration limit, boolean stringMap) {
        JsonNode parsed = null;
        if (failure != null) {
            return new LambdaResponseCheck(LambdaCallOutcome.INVOCATION_FAILED, failure, null);
        }
        if (took.compareTo(limit) > 0) {
            return new LambdaResponseCheck(LambdaCallOutcome.TIMED_OUT,
                    "took " + seconds(took) + ", over the " + limit.toSeconds() + " s limit", null);
        }
        if (response == null || (parsed = parse(response)) == null || !parsed.isObject()) {
            return new LambdaResponseCheck(LambdaCallOutcome.INVALID_RESPONSE, "response is not a JSON object", null);
        }
        int bytes = response.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_RESPONSE_BYTES) {
            return new LambdaResponseCheck(LambdaCallOutcome.RESPONSE_TOO_LARGE,
                    "response is " + bytes + " bytes, over Connect's 32 KB", null);
        }
        String nonString = stringMap ? firstNonString(parsed) : null;
        if (nonString != null) {
            return new LambdaResponseCheck(LambdaCallOutcome.NOT_A_STRING_MAP,
                    "STRING_MAP response, but '" + nonString + "' is not a string", null);
        }
        return new LambdaResponseCheck(LambdaCallOutcome.OK, "", parsed);
    }

    boolean ok() {
        return outcome == LambdaCallOutcome.OK;
    }

    /** "OK (status=…)" or "TIMED_OUT: took …". */
    String summary() {
        if (!ok()) {
            return outcome + ": " + detail;
        }
        JsonNode status = parsed.get("status");
        return outcome + (status == null ? "" : " (status=" + status.asText() + ")");
    }

    private static String firstNonString(JsonNode object) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isTextual()) {
                return field.getKey();
            }
        }
        return null;
    }

    private static JsonNode parse(String response) {
        try {
            return JSON.readTree(response);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
