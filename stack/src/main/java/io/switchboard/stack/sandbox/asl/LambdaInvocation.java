package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a function returned: its result, or (when {@code functionError}) Lambda's error payload
 * {@code {"errorType": ..., "errorMessage": ..., "stackTrace": [...]}}.
 */
public record LambdaInvocation(JsonNode payload, boolean functionError) {

    public static LambdaInvocation success(JsonNode result) {
        return new LambdaInvocation(result, false);
    }

    public static LambdaInvocation failure(String errorType, String errorMessage) {
        var payload = AslJson.object();
        payload.put("errorMessage", errorMessage);
        payload.put("errorType", errorType);
        return new LambdaInvocation(payload, true);
    }

    /** The error Step Functions reports for a function error: its errorType, else Lambda.Unknown. */
    public StatesError toStatesError() {
        JsonNode type = payload == null ? null : payload.get("errorType");
        String error = type != null && type.isTextual() && !type.asText().isEmpty() ? type.asText() : "Lambda.Unknown";
        return new StatesError(error, payload == null ? "" : AslJson.write(payload));
    }
}
