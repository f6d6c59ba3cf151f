package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a Task's Retry and Catch arrays. */
final class RetryCatchParser {
    private static final Set<String> RETRY_FIELDS = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "Comment");
    private static final Set<String> CATCH_FIELDS = Set.of("ErrorEquals", "ResultPath", "Next", "Comment");

    private RetryCatchParser() {
    }

    static List<State.Retrier> retriers(JsonNode retry) {
        List<State.Retrier> result = new ArrayList<>();
        if (retry == null) {
            return result;
        }
        requireArray(retry, "Retry");
        for (int i = 0; i < retry.size(); i++) {
            JsonNode node = retry.get(i);
            checkFields(node, RETRY_FIELDS, "Retry");
            List<String> errors = errorEquals(node, "Retry", i == retry.size() - 1);
            int interval = intField(node, "IntervalSeconds", 1, 1);
            int maxAttempts = intField(node, "MaxAttempts", 3, 0);
            double backoff = node.has("BackoffRate") ? node.get("BackoffRate").asDouble() : 2.0;
            if (backoff < 1.0) {
                throw new IllegalArgumentException("Retry 'BackoffRate' must be at least 1.0");
            }
            Integer maxDelay = node.has("MaxDelaySeconds") ? intField(node, "MaxDelaySeconds", 0, 1) : null;
            result.add(new State.Retrier(errors, interval, maxAttempts, backoff, maxDelay));
        }
        return result;
    }

    static List<State.Catcher> catchers(JsonNode catchNode) {
        List<State.Catcher> result = new ArrayList<>();
        if (catchNode == null) {
            return result;
        }
        requireArray(catchNode, "Catch");
        for (int i = 0; i < catchNode.size(); i++) {
            JsonNode node = catchNode.get(i);
            checkFields(node, CATCH_FIELDS, "Catch");
            List<String> errors = errorEquals(node, "Catch", i == catchNode.size() - 1);
            if (!node.has("Next") || !node.get("Next").isTextual()) {
                throw new IllegalArgumentException("has a Catch without 'Next'");
            }
            JsonNode resultPath = node.get("ResultPath");
            JsonPath path = resultPath == null ? JsonPath.parse("$") : resultPath.isNull() ? null : JsonPath.parse(resultPath.asText());
            if (path != null && !path.isDefinite()) {
                throw new IllegalArgumentException("has a Catch whose 'ResultPath' is not a reference path: " + path);
            }
            result.add(new State.Catcher(errors, path, node.get("Next").asText()));
        }
        return result;
    }

    private static List<String> errorEquals(JsonNode node, String where, boolean last) {
        JsonNode errors = node.get("ErrorEquals");
        if (errors == null || !errors.isArray() || errors.isEmpty()) {
            throw new IllegalArgumentException("has a " + where + " without a non-empty 'ErrorEquals'");
        }
        List<String> names = new ArrayList<>();
        errors.forEach(e -> names.add(e.asText()));
        if (names.contains(StatesError.ALL) && (names.size() > 1 || !last)) {
            throw new IllegalArgumentException("uses States.ALL in " + where + ", which must appear alone and in the last entry");
        }
        return names;
    }

    private static int intField(JsonNode node, String field, int defaultValue, int min) {
        JsonNode value = node.get(field);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isIntegralNumber() || value.asInt() < min) {
            throw new IllegalArgumentException("Retry '" + field + "' must be an integer of at least " + min);
        }
        return value.asInt();
    }

    private static void requireArray(JsonNode node, String field) {
        if (!node.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be an array");
        }
    }

    private static void checkFields(JsonNode node, Set<String> allowed, String where) {
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw new IllegalArgumentException("uses field '" + f + "' in " + where + ", which the sandbox does not support");
            }
        });
    }
}
