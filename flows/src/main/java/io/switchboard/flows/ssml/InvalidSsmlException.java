package io.switchboard.flows.ssml;

/** SSML that Connect could not speak. */
public class InvalidSsmlException extends RuntimeException {

    public InvalidSsmlException(String message) {
        super(message);
    }
}
