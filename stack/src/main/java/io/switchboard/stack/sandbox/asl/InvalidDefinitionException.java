package io.switchboard.stack.sandbox.asl;

/** The definition uses something the sandbox does not support, or is not valid ASL. */
public class InvalidDefinitionException extends RuntimeException {
    public InvalidDefinitionException(String message) {
        super(message);
    }
}
