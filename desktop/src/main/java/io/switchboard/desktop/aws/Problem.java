package io.switchboard.desktop.aws;

/**
 * A failure said in words for the person at the screen.
 *
 * @param message   what went wrong and what to do about it
 * @param requestId the AWS request id when the service answered, or {@code null}
 */
public record Problem(String message, String requestId) {
    public String text() {
        return requestId == null ? message : message + " (request id " + requestId + ")";
    }
}
