package io.switchboard.flows.simulator;

/** The function could not be invoked or ended in an error, as Connect would see it. */
public class LambdaInvocationException extends Exception {

    public LambdaInvocationException(String message) {
        super(message);
    }

    public LambdaInvocationException(String message, Throwable cause) {
        super(message, cause);
    }
}
