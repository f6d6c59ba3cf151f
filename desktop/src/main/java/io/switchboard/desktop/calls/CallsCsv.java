package io.switchboard.desktop.calls;

import io.switchboard.lambdas.calllog.CallRecord;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Calls as CSV (RFC 4180 quoting), full numbers: the file is the user's to keep. */
final class CallsCsv {
    static final String HEADER = "called_at,caller,vanity_1,vanity_2,vanity_3,vanity_4,vanity_5,status,contact_id\r\n";

    private CallsCsv() {
    }

    static void write(Writer out, List<CallRecord> calls) throws IOException {
        for (CallRecord call : calls) {
            StringBuilder line = new StringBuilder();
            line.append(call.calledAt()).append(',').append(quote(call.caller()));
            for (int i = 0; i < 5; i++) {
                line.append(',').append(quote(i < call.vanity().size() ? call.vanity().get(i) : ""));
            }
            line.append(',').append(quote(call.status())).append(',').append(quote(call.contactId())).append("\r\n");
            out.write(line.toString());
        }
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        boolean needs = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        // A leading = + - @ makes spreadsheets run the cell as a formula: quote and prefix it.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("\\+\\d+") ? "'" + value : value;
        return needs || !safe.equals(value) ? "\"" + safe.replace("\"", "\"\"") + "\"" : value;
    }
}
