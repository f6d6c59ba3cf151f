package io.switchboard.desktop.replay;

import javafx.beans.property.StringProperty;

/**
 * A form field the app fills in from the last run (a test case's name, its expectation) until the user
 * types their own: a value still as the app proposed it follows the next run, one the user wrote stays.
 */
final class ProposedValue {
    private final StringProperty field;
    private final String untouched;
    private String proposed;

    ProposedValue(StringProperty field) {
        this(field, "");
    }

    /** @param untouched what the field holds before any run (empty, or a placeholder choice such as "Any ending") */
    ProposedValue(StringProperty field, String untouched) {
        this.field = field;
        this.untouched = untouched;
        this.proposed = untouched;
    }

    /** Shows {@code value} unless the user has put something of their own in the field since the last proposal. */
    void propose(String value) {
        String now = field.get() == null ? "" : field.get();
        if (now.isBlank() || now.equals(untouched) || now.equals(proposed)) {
            field.set(value);
            proposed = value;
        }
    }
}
