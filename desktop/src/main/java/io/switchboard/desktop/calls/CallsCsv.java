package io.switchboard.desktop.calls;

import io.switchboard.lambdas.calllog.CallRecord;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Calls as CSV (RFC 4180 quoting), full numbers: the file is the user's to keep. Times are ISO 8601 with
 * their offset, in the console's zone, which the header names. Every text cell reaches a spreadsheet as
 * text: none can run as a formula, and none (a caller's {@code +18003569377}, a ContactId of digits) is
 * turned into a number.
 */
final class CallsCsv {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** Cells a spreadsheet would read as a formula (OWASP's list), or as a number or date: no letters. */
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER_LIKE = Pattern.compile("^[0-9 ().,:/+\\-]*[0-9][0-9 ().,:/+\\-eE%]*$");

    private CallsCsv() {
    }

    static String header(ZoneId zone) {
        return "called_at (" + ConsoleDay.nameOf(zone) + "),caller,vanity_1,vanity_2,vanity_3,vanity_4,vanity_5,status,reason,contact_id\r\n";
    }

    static void write(Writer out, List<CallRecord> calls, ZoneId zone) throws IOException {
        for (CallRecord call : calls) {
            StringBuilder line = new StringBuilder();
            line.append(ISO.format(call.calledAt().atZone(zone))).append(',').append(quote(call.caller()));
            for (int i = 0; i < 5; i++) {
                line.append(',').append(quote(i < call.vanity().size() ? call.vanity().get(i) : ""));
            }
            line.append(',').append(quote(call.status())).append(',').append(quote(call.reason()))
                    .append(',').append(quote(call.contactId())).append("\r\n");
            out.write(line.toString());
        }
    }

    /** A text cell: prefixed with {@code '} where a spreadsheet would otherwise run or convert it, and quoted where needed. */
    static String quote(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = FORMULA_START.matcher(value).matches() || NUMBER_LIKE.matcher(value).matches() ? "'" + value : value;
        boolean needs = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                || !safe.equals(value);
        return needs ? "\"" + safe.replace("\"", "\"\"") + "\"" : value;
    }
}
