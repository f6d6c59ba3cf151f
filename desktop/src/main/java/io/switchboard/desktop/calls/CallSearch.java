package io.switchboard.desktop.calls;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the search box accepts: a caller's phone number or a Connect ContactId. */
final class CallSearch {
    private static final Pattern CONTACT_ID =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private CallSearch() {
    }

    /** The query for what was typed, or empty when it is neither a number nor a ContactId ({@link #whatToType} says why). */
    static Optional<CallsQuery> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (CONTACT_ID.matcher(text).matches()) {
            // Connect writes ContactIds in lower case; the table's key must match exactly.
            return Optional.of(new CallsQuery.WithContactId(text.toLowerCase(Locale.ROOT)));
        }
        return PhoneNumbers.toE164(text).map(CallsQuery.FromCaller::new);
    }

    static String whatToType(String typed) {
        return "'" + (typed == null ? "" : typed.strip()) + "' is not a phone number or a ContactId: type the caller's number "
                + "with its country code (+1 800 356 9377) or a ContactId from Connect (8-4-4-4-12 hex digits, "
                + "e.g. 5b1c7a9e-3f42-4d1a-9a0e-2c6f8d4b7e11).";
    }
}
