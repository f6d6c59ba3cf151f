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
}
