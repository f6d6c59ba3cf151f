package io.switchboard.desktop.task;

/** Thrown by work that noticed {@link Progress#isCancelled()}; never shown to the user. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
