package io.switchboard.desktop.calls;

import io.switchboard.lambdas.calllog.CallRecord;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One row of the calls table: a call, with its caller masked until revealed. */
public final class CallRow {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CallRecord call;
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    private final StringBinding caller;

    public CallRow(CallRecord call) {
        this.call = call;
        this.caller = Bindings.createStringBinding(() -> revealed.get() ? call.caller() : PhoneNumbers.mask(call.caller()), revealed);
    }

    public CallRecord call() {
        return call;
    }

    public String time(ZoneId zone) {
        return TIME.format(call.calledAt().atZone(zone));
    }

    public StringBinding caller() {
        return caller;
    }

    public BooleanProperty revealed() {
        return revealed;
    }

    /** The {@code index}th best vanity number (0-based), or empty. */
    public String vanity(int index) {
        return index < call.vanity().size() ? call.vanity().get(index) : "";
    }

    public String contactId() {
        return call.contactId();
    }
}
