package io.switchboard.stack.template;

/** A template that cannot be loaded, packaged or resolved; the message names the resource and property. */
public class TemplateException extends RuntimeException {
    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
