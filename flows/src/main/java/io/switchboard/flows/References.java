package io.switchboard.flows;

import java.util.regex.Pattern;

/** Flow Language JSONPath references such as {@code $.Attributes.status} or {@code $.External.vanity1}. */
public final class References {

    /** A whole value that is exactly one reference (dynamic parameter). */
    private static final Pattern SINGLE = Pattern.compile(
            "\\$\\.[A-Za-z]+(\\.(?:[A-Za-z0-9_\\-]+|\\['[^']+'\\]))*");

    private References() {
    }

    public static boolean isReference(String value) {
        return value != null && SINGLE.matcher(value.trim()).matches();
    }
}
