package io.switchboard.flows.simulator;

/**
 * Calls a Lambda function the way Connect does: synchronously, with the Connect event as payload.
 * The stack module plugs in the sandbox's Lambda Invoke API or AWS Lambda; tests use a lambda.
 */
@FunctionalInterface
public interface LambdaInvoker {

    /**
     * @param functionArn the resolved {@code LambdaFunctionARN} of the flow block
     * @param eventJson   the Connect {@code ContactFlowEvent} as JSON text
     * @return the function's response payload as JSON text
     * @throws LambdaInvocationException when the function errors (unhandled exception, throttling,
     *                                   not found...); the flow then takes the block's Error branch
     */
    String invoke(String functionArn, String eventJson) throws LambdaInvocationException;
}
