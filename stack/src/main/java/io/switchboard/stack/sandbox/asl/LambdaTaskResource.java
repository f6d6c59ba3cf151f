package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * Lambda as a task: the optimised integration {@code arn:aws:states:::lambda:invoke}, whose result
 * wraps the function's output in {@code Payload}, and a bare function ARN, whose result is the
 * function's output itself.
 */
public final class LambdaTaskResource implements TaskResource {
    public static final String INVOKE = "arn:aws:states:::lambda:invoke";

    private final LambdaInvoker invoker;

    public LambdaTaskResource(LambdaInvoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public boolean supports(String resource) {
        return INVOKE.equals(resource) || isFunctionArn(resource);
    }

    static boolean isFunctionArn(String resource) {
        return resource.startsWith("arn:aws:lambda:") && resource.contains(":function:");
    }

    @Override
    public JsonNode execute(String resource, JsonNode parameters) throws InterruptedException {
        if (isFunctionArn(resource)) {
            LambdaInvocation invocation = invoker.invoke(resource, parameters);
            if (invocation.functionError()) {
                throw invocation.toStatesError();
            }
            return invocation.payload();
        }
        JsonNode functionName = parameters.get("FunctionName");
        if (functionName == null || !functionName.isTextual()) {
            throw StatesError.runtime("The field 'FunctionName' is required by arn:aws:states:::lambda:invoke");
        }
        String function = functionName.asText();
        if (parameters.hasNonNull("Qualifier")) {
            function = function + ":" + parameters.get("Qualifier").asText();
        }
        JsonNode payload = parameters.has("Payload") ? parameters.get("Payload") : AslJson.object();
        LambdaInvocation invocation = invoker.invoke(function, payload);
        if (invocation.functionError()) {
            throw invocation.toStatesError();
        }
        return invokeResult(invocation.payload());
    }

    private static JsonNode invokeResult(JsonNode payload) {
        String requestId = UUID.randomUUID().toString();
        ObjectNode result = AslJson.object();
        result.put("ExecutedVersion", "$LATEST");
        result.set("Payload", payload);
        ObjectNode http = result.putObject("SdkHttpMetadata");
        ObjectNode headers = AslJson.object();
        headers.put("Content-Type", "application/json");
        headers.put("X-Amz-Executed-Version", "$LATEST");
        headers.put("x-amzn-RequestId", requestId);
        http.set("AllHttpHeaders", allHeaders(headers));
        http.set("HttpHeaders", headers);
        http.put("HttpStatusCode", 200);
        result.putObject("SdkResponseMetadata").put("RequestId", requestId);
        result.put("StatusCode", 200);
        return result;
    }

    private static ObjectNode allHeaders(ObjectNode headers) {
        ObjectNode all = AslJson.object();
        headers.properties().forEach(e -> all.putArray(e.getKey()).add(e.getValue().asText()));
        return all;
    }
}
