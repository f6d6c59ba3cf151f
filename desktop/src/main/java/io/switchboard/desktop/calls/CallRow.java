package io.switchboard.desktop.calls;

import io.switchboard.lambdas.calllog.CallRecord;
import io.switchboard.desktop.ui.CallerNumber;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/** One row of the calls table: a call, with its caller masked until revealed. */
public final class CallRow {
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{4,}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CallRecord call;
    private final CallerNumber caller;
    private final StringBinding reasonText;

    public CallRow(CallRecord call) {
        this.call = call;
        this.caller = CallerNumber.of(call.caller());
        this.reasonText = Bindings.createStringBinding(() -> caller.revealed().get() ? reason() : masked(reason()), caller.revealed());
    }

    /** The reason with the caller's number, and any run of its digits (the engine names the subscriber part), masked. */
    private String masked(String reason) {
        String text = caller.maskedIn(reason);
        String number = call.caller() == null ? "" : call.caller();
        Matcher digits = DIGIT_RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (digits.find()) {
            String run = digits.group();
            String shown = number.contains(run) ? "•".repeat(run.length() - 2) + run.substring(run.length() - 2) : run;
            digits.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        return digits.appendTail(out).toString();
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

    /** {@link #reason()} as the table shows it: the caller's number in it masked like the Caller column's. */
    public StringBinding reasonText() {
        return reasonText;
    }

    /**
     * Why the call got its status: the vanity function's own sentence (which may name the caller's full
     * number), or for calls recorded before the log kept it, what the status means.
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
