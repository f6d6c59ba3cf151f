package io.switchboard.desktop.executions;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the Executions search box matches: part of the execution's name (which starts with the
 * ContactId the async wrapper gave it), the ContactId, or the caller's number — digits only, so
 * {@code 07700 900123}, {@code +447700900123} and {@code 900123} all find {@code +447700900123}.
 * A caller is known only once looked up (decision 0009), so a caller search covers those rows.
 */
public final class ExecutionSearch {
    private ExecutionSearch() {
    }

    public static Predicate<ExecutionRow> matching(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return row -> true;
        }
        String digits = q.matches("[+0-9 ()\\-.]+") ? q.replaceAll("[^0-9]", "") : "";
        String nationalDigits = digits.startsWith("0") ? digits.substring(1) : digits;
        return row -> {
            if (row.execution().name().toLowerCase(Locale.ROOT).contains(q) || row.contactId().toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
            if (nationalDigits.length() < 3 || !row.caller().known()) {
                return false;
            }
            return row.caller().number().replaceAll("[^0-9]", "").contains(nationalDigits);
        };
    }
}
