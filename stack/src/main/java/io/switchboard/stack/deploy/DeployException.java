package io.switchboard.stack.deploy;

/** A deployment could not go on; the message says why in a user's terms. */
public class DeployException extends RuntimeException {

    public DeployException(String message) {
        super(message);
    }

    public DeployException(String message, Throwable cause) {
        super(message, cause);
    }
}
