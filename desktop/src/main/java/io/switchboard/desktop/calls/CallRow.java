package io.switchboard.desktop.calls;

import io.switchboard.lambdas.calllog.CallRecord;
import io.switchboard.desktop.ui.CallerNumber;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One row of the calls table: a call, with its caller masked until revealed. */
public final class CallRow {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CallRecord call;
    private final CallerNumber caller;

    public CallRow(CallRecord call) {
        this.call = call;
        this.caller = CallerNumber.of(call.caller());
    }

    public CallRecord call() {
        return call;
    }

    public String time(ZoneId zone) {
        return TIME.format(call.calledAt().atZone(zone));
    }

    public CallerNumber caller() {
        return caller;
    }

    /** The {@code index}th best vanity number (0-based), or empty. */
    public String vanity(int index) {
        return index < call.vanity().size() ? call.vanity().get(index) : "";
    }

    public String contactId() {
        return call.contactId();
    }

    /** OK, NO_VANITY or INVALID_NUMBER, as the vanity function answered the call. */
    public String status() {
        return call.status() == null || call.status().isBlank() ? CallerNumber.NONE : call.status();
    }

    /**
     * Why the call got its status: the vanity function's own sentence, or for calls recorded before the
     * log kept it, what the status means.
     */
    public String reason() {
        if (!call.reason().isEmpty()) {
            return call.reason();
        }
        return switch (status()) {
            case "OK" -> call.vanity().size() + " vanity number" + (call.vanity().size() == 1 ? "" : "s");
            case "NO_VANITY" -> "no common English word dials this number";
            case "INVALID_NUMBER" -> "the caller's address is not a phone number";
            default -> "";
        };
    }
}
