package io.switchboard.flows.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.flows.FlowAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A synchronous InvokeLambdaFunction as Connect runs it: the caller hears nothing, the call goes to
 * the Error branch when the function fails, runs past InvocationTimeLimitSeconds, answers with
 * something that is not a flat string map (STRING_MAP) or is over 32 KB. Otherwise the response
 * becomes {@code $.External}.
 */
final class InvokeLambdaFunctionExecutor implements ActionExecutor {

    static final int DEFAULT_LIMIT_SECONDS = 3;
    static final int MAX_RESPONSE_BYTES = 32 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaInvoker invoker;
    private final SimulationClock clock;

    InvokeLambdaFunctionExecutor(LambdaInvoker invoker, SimulationClock clock) {
        this.invoker = invoker;
        this.clock = clock;
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        String id = action.identifier();
        ReferenceResolver references = state.references(id);
        String arn = references.value(action.textParameter("LambdaFunctionARN").orElse(""));
        Duration limit = Duration.ofSeconds(limitSeconds(action));
        String event = ConnectEventBuilder.event(state, parameters(action, references));
        String name = shortName(arn);

        long started = clock.nanoTime();
        String response = null;
        String failure = null;
        try {
            response = invoker.invoke(arn, event);
        } catch (LambdaInvocationException e) {
            failure = e.getMessage();
        }
        Duration took = Duration.ofNanos(clock.nanoTime() - started);
        Duration callerWaited = took.compareTo(limit) > 0 ? limit : took;

        LambdaCallOutcome outcome;
        String detail;
        JsonNode parsed = null;
        if (failure != null) {
            outcome = LambdaCallOutcome.INVOCATION_FAILED;
            detail = failure;
        } else if (took.compareTo(limit) > 0) {
            outcome = LambdaCallOutcome.TIMED_OUT;
            detail = "took " + seconds(took) + ", over the " + limit.toSeconds() + " s limit";
        } else if (response == null || (parsed = parse(response)) == null || !parsed.isObject()) {
            outcome = LambdaCallOutcome.INVALID_RESPONSE;
            detail = "response is not a JSON object";
        } else if (response.getBytes(StandardCharsets.UTF_8).length > MAX_RESPONSE_BYTES) {
            outcome = LambdaCallOutcome.RESPONSE_TOO_LARGE;
            detail = "response is " + response.getBytes(StandardCharsets.UTF_8).length + " bytes, over Connect's 32 KB";
        } else if (stringMapExpected(action) && firstNonString(parsed) != null) {
            outcome = LambdaCallOutcome.NOT_A_STRING_MAP;
            detail = "STRING_MAP response, but '" + firstNonString(parsed) + "' is not a string";
        } else {
            outcome = LambdaCallOutcome.OK;
            detail = "";
        }

        LambdaCall call = new LambdaCall(id, arn, event, response, took, outcome, detail);
        String description = name + " " + outcome + (detail.isEmpty() ? summary(parsed) : ": " + detail);
        state.recordLambda(call, description, callerWaited);
        if (outcome != LambdaCallOutcome.OK) {
            state.warn(id, "Lambda " + name + " " + outcome + ": " + detail);
            return ActionOutcome.error("NoMatchingError", detail);
        }
        state.external = parsed;
        return ActionOutcome.next();
    }

    private static Map<String, String> parameters(FlowAction action, ReferenceResolver references) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = action.parameters().path("LambdaInvocationAttributes").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            parameters.put(field.getKey(), references.value(field.getValue().asText()));
        }
        return parameters;
    }

    private static int limitSeconds(FlowAction action) {
        try {
            return Integer.parseInt(action.textParameter("InvocationTimeLimitSeconds").orElse("" + DEFAULT_LIMIT_SECONDS).trim());
        } catch (NumberFormatException e) {
            return DEFAULT_LIMIT_SECONDS;
        }
    }

    private static boolean stringMapExpected(FlowAction action) {
        return !"JSON".equals(action.parameters().path("ResponseValidation").path("ResponseType").asText("STRING_MAP"));
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

    private static String summary(JsonNode response) {
        JsonNode status = response == null ? null : response.get("status");
        return status == null ? "" : " (status=" + status.asText() + ")";
    }

    /** {@code arn:aws:lambda:region:acct:function:vanity:live} → {@code vanity:live}. */
    static String shortName(String arn) {
        int at = arn.indexOf(":function:");
        return at < 0 ? arn : arn.substring(at + ":function:".length());
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
