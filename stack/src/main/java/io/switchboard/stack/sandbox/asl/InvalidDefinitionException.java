package io.switchboard.stack.sandbox.asl;

/** The definition uses something the sandbox does not support, or is not valid ASL. */
public class InvalidDefinitionException extends RuntimeException {
    private final boolean validAsl;

    public InvalidDefinitionException(String message) {
        this(message, false);
    }

    private InvalidDefinitionException(String message, boolean validAsl) {
        super(message);
        this.validAsl = validAsl;
    }

    /** Valid ASL that uses a feature the sandbox does not run (Map, JSONata, an integration…). */
    public static InvalidDefinitionException unsupported(String message) {
        return new InvalidDefinitionException(message, true);
    }

    /** Whether AWS would accept the definition: only the sandbox refuses it. */
    public boolean isValidAsl() {
        return validAsl;
    }
}
