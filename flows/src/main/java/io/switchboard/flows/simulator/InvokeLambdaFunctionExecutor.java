package io.switchboard.flows.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.FlowAction;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * InvokeLambdaFunction as Connect runs it. Synchronous (the default): the caller hears nothing until
 * the function answers, and the call goes to the Error branch when it fails, runs past
 * InvocationTimeLimitSeconds (3 s by default, 8 s at most) or answers with something Connect rejects
 * ({@link LambdaResponseCheck}); otherwise the response becomes {@code $.External}.
 * {@code InvocationType: ASYNCHRONOUS} and "Load Lambda result" go to {@link AsyncLambdaExecutor}.
 */
final class InvokeLambdaFunctionExecutor implements ActionExecutor {

    static final int DEFAULT_LIMIT_SECONDS = 3;

    private final LambdaInvoker invoker;
    private final SimulationClock clock;
    private final AsyncLambdaExecutor async;

    InvokeLambdaFunctionExecutor(LambdaInvoker invoker, SimulationClock clock, AsyncLambdaExecutor async) {
        this.invoker = invoker;
        this.clock = clock;
        this.async = async;
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        if (AsyncLambdaExecutor.invocationToLoad(action).isPresent()) {
            return async.load(action, state);
        }
        if ("ASYNCHRONOUS".equalsIgnoreCase(action.textParameter("InvocationType").orElse(""))) {
            return async.start(action, state);
        }
        String id = action.identifier();
        ReferenceResolver references = state.references(id);
        String arn = references.value(action.textParameter("LambdaFunctionARN").orElse(""));
        Duration limit = Duration.ofSeconds(limitSeconds(action, DEFAULT_LIMIT_SECONDS));
        String event = ConnectEventBuilder.event(state, parameters(action, references));

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
        LambdaResponseCheck check = LambdaResponseCheck.of(failure, response, took, limit, stringMapExpected(action));

        LambdaCall call = new LambdaCall(id, arn, event, response, took, check.outcome(), check.detail());
        state.recordLambda(call, shortName(arn) + " " + check.summary(), callerWaited);
        if (!check.ok()) {
            state.warn(id, "Lambda " + shortName(arn) + " " + check.outcome() + ": " + check.detail());
            return ActionOutcome.error("NoMatchingError", check.detail());
        }
        state.external = check.parsed();
        return ActionOutcome.next();
    }

    static Map<String, String> parameters(FlowAction action, ReferenceResolver references) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = action.parameters().path("LambdaInvocationAttributes").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            parameters.put(field.getKey(), references.value(field.getValue().asText()));
        }
        return parameters;
    }

    static int limitSeconds(FlowAction action, int fallback) {
        Optional<String> raw = action.textParameter("InvocationTimeLimitSeconds");
        try {
            return raw.map(s -> Integer.parseInt(s.trim())).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static boolean stringMapExpected(FlowAction action) {
        return !"JSON".equals(action.parameters().path("ResponseValidation").path("ResponseType").asText("STRING_MAP"));
    }

    /** {@code arn:aws:lambda:region:acct:function:vanity:live} → {@code vanity:live}. */
    static String shortName(String arn) {
        int at = arn.indexOf(":function:");
        return at < 0 ? arn : arn.substring(at + ":function:".length());
    }
}
