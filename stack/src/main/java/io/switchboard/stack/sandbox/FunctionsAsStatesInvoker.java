package io.switchboard.stack.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.stack.sandbox.asl.LambdaInvocation;
import io.switchboard.stack.sandbox.asl.LambdaInvoker;
import io.switchboard.stack.sandbox.asl.StatesError;
import io.switchboard.stack.sandbox.lambda.FunctionInvoker;
import io.switchboard.stack.sandbox.lambda.FunctionNotFoundException;
import io.switchboard.stack.sandbox.lambda.InvocationResult;
import java.io.IOException;
import java.util.function.Supplier;

/** Lets Step Functions Task states call the sandbox's functions in-process, with Lambda's error names. */
final class FunctionsAsStatesInvoker implements LambdaInvoker {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<FunctionInvoker> functions;

    /** A supplier because the functions need the Step Functions endpoint, which needs this invoker first. */
    FunctionsAsStatesInvoker(Supplier<FunctionInvoker> functions) {
        this.functions = functions;
    }

    @Override
    public LambdaInvocation invoke(String function, JsonNode payload) {
        InvocationResult result;
        try {
            result = functions.get().invoke(function, JSON.writeValueAsString(payload));
        } catch (FunctionNotFoundException notFound) {
            throw new StatesError("Lambda.ResourceNotFoundException", notFound.getMessage());
        } catch (IOException notJson) {
            throw new StatesError("Lambda.InvalidRequestContentException", notJson.getMessage());
        }
        try {
            JsonNode body = result.payloadJson() == null || result.payloadJson().isBlank()
                    ? JSON.nullNode()
                    : JSON.readTree(result.payloadJson());
            if (result.failed()) {
                return LambdaInvocation.failure(body.path("errorType").asText("Lambda.Unknown"),
                        body.path("errorMessage").asText(result.payloadJson()));
            }
            return LambdaInvocation.success(body);
        } catch (IOException notJson) {
            throw new StatesError("Lambda.InvalidResponseException", "The function returned invalid JSON: " + notJson.getMessage());
        }
    }
}
