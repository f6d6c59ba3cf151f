package io.switchboard.flows;

/** A flow document could not be read or parsed. */
public class FlowLoadException extends RuntimeException {

    public FlowLoadException(String message) {
        super(message);
    }

    public FlowLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
