package io.switchboard.stack.sandbox.lambda;

/** No sandbox function answers to the name (Lambda's {@code ResourceNotFoundException}). */
public class FunctionNotFoundException extends RuntimeException {
    public FunctionNotFoundException(String functionArn) {
        super("Function not found: " + functionArn);
    }
}
