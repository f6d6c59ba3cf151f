package io.switchboard.desktop.calls;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The calls table's column titles, and the hidden ones as the preferences keep them (comma-separated titles). */
final class CallsColumns {
    static final String TIME = "Time";
    static final String STATUS = "Status";
    static final String REASON = "Reason";
    static final String CONTACT_ID = "ContactId";
    /**
     * What a 1440-pixel screen leaves out until the "+" menu shows it: status and reason matter more to a
     * supervisor than a fourth or fifth vanity number (the CSV has them all).
     */
    static final String HIDDEN_BY_DEFAULT = "Vanity 4,Vanity 5,ContactId";

    private CallsColumns() {
    }

    static String vanity(int index) {
        return "Vanity " + (index + 1);
    }

    static Set<String> parse(String hidden) {
        return hidden == null ? new LinkedHashSet<>() : Arrays.stream(hidden.split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String format(Set<String> hidden) {
        return String.join(",", hidden);
    }
}
