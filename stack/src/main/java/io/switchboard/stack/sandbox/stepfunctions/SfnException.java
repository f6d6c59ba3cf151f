package io.switchboard.stack.sandbox.stepfunctions;

/** An API error in Step Functions' wire form: HTTP 400 with {@code __type} = {@code code}. */
public final class SfnException extends RuntimeException {
    private final String code;

    public SfnException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    static SfnException validation(String message) {
        return new SfnException("ValidationException", message);
    }
}
