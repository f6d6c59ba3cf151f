package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Invokes a Lambda function synchronously (RequestResponse). A function error (the handler threw)
 * is returned as {@link LambdaInvocation#functionError}, not thrown; a problem with the invocation
 * itself (no such function, throttling) is thrown as a {@link StatesError} named like the Lambda
 * service's exception, e.g. {@code Lambda.ResourceNotFoundException}.
 */
@FunctionalInterface
public interface LambdaInvoker {

    /** @param function a function name, name:qualifier, or function ARN */
    LambdaInvocation invoke(String function, JsonNode payload) throws InterruptedException;
}
