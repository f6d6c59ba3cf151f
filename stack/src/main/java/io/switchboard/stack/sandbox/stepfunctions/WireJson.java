package io.switchboard.stack.sandbox.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.stack.sandbox.asl.AslJson;
import java.math.BigDecimal;
import java.time.Instant;

/** Request field access and response building in the AWS JSON 1.0 conventions. */
final class WireJson {
    private WireJson() {
    }

    /** Timestamps travel as epoch seconds with a fraction, e.g. {@code 1700000000.123}. */
    static void putTimestamp(ObjectNode node, String field, Instant instant) {
        if (instant != null) {
            node.put(field, BigDecimal.valueOf(instant.toEpochMilli(), 3));
        }
    }

    static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static String requiredText(JsonNode request, String field) {
        String value = text(request, field);
        if (value == null) {
            throw SfnException.validation("1 validation error detected: Value null at '" + field
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    static int maxResults(JsonNode request) {
        JsonNode value = request.get("maxResults");
        int max = value == null || value.isNull() ? 0 : value.asInt();
        if (max < 0 || max > 1000) {
            throw SfnException.validation("1 validation error detected: Value '" + max
                    + "' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000");
        }
        return max == 0 ? 100 : max;
    }

    static boolean bool(JsonNode request, String field, boolean defaultValue) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? defaultValue : value.asBoolean();
    }

    static ObjectNode object() {
        return AslJson.object();
    }
}
