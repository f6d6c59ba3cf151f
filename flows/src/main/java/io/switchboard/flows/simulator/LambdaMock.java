package io.switchboard.flows.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;

/**
 * A canned answer in place of a Lambda function: a JSON result or an error, after an optional delay
 * that the caller spends in silence (slept on the {@link SimulationClock}, so a manual clock stays
 * instant and a real run shows the dead air truthfully).
 *
 * <p>The file form, used by {@code --lambda ARN_OR_NAME=@FILE.json}:
 * <pre>{@code
 * {"result": {"status": "OK", "vanity1": "1-800-FLOWERS"}, "delayMs": 1200}
 * {"error": "Unhandled: NullPointerException"}
 * }</pre>
 * Exactly one of {@code result} (a JSON object, or a string holding serialized JSON, as Connect's
 * testing language writes {@code LoadedData}) and {@code error} (the message); {@code delayMs} is optional.
 *
 * @param resultJson the response payload as JSON text; null when the mock answers with an error
 * @param error      the failure message; null when the mock answers with a result
 */
public record LambdaMock(String resultJson, String error, Duration delay) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public LambdaMock {
        if ((resultJson == null) == (error == null)) {
            throw new IllegalArgumentException("a Lambda mock answers with either a result or an error");
        }
        delay = delay == null ? Duration.ZERO : delay;
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a Lambda mock's delay cannot be negative");
        }
    }

    public static LambdaMock result(String json) {
        return new LambdaMock(json, null, Duration.ZERO);
    }

    public static LambdaMock error(String message) {
        return new LambdaMock(null, message, Duration.ZERO);
    }

    public LambdaMock after(Duration wait) {
        return new LambdaMock(resultJson, error, wait);
    }

    /**
     * Reads the file form (see the class comment).
     *
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    public static LambdaMock fromJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a Lambda mock file must be JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a Lambda mock file must be a JSON object like {\"result\": {...}} or {\"error\": \"...\"}");
        }
        JsonNode result = root.get("result");
        JsonNode error = root.get("error");
        if ((result == null) == (error == null)) {
            throw new IllegalArgumentException("a Lambda mock file needs exactly one of \"result\" and \"error\"");
        }
        Duration delay = Duration.ZERO;
        JsonNode delayMs = root.get("delayMs");
        if (delayMs != null) {
            if (!delayMs.canConvertToLong() || delayMs.asLong() < 0) {
                throw new IllegalArgumentException("\"delayMs\" must be a whole number of milliseconds >= 0");
            }
            delay = Duration.ofMillis(delayMs.asLong());
        }
        if (error != null) {
            if (!error.isTextual()) {
                throw new IllegalArgumentException("\"error\" must be a message (a string)");
            }
            return error(error.asText()).after(delay);
        }
        String payload = result.isTextual() ? result.asText() : result.toString();
        return result(payload).after(delay);
    }

    /** Waits out the delay on {@code clock}, then answers. */
    String answer(SimulationClock clock) throws LambdaInvocationException {
        if (!delay.isZero()) {
            clock.sleep(delay);
        }
        if (error != null) {
            throw new LambdaInvocationException(error + " (mocked)");
        }
        return resultJson;
    }

    /** One line for a transcript or a report. */
    public String describe() {
        String what = error != null ? "error \"" + error + "\"" : "result " + resultJson;
        return what + (delay.isZero() ? "" : " after " + delay.toMillis() + " ms");
    }
}
