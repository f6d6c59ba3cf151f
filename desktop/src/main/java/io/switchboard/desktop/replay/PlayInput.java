package io.switchboard.desktop.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the Play form's free text (caller number, attribute lines) and says what to fix. */
public final class PlayInput {
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern DTMF = Pattern.compile("[0-9*#]+");

    private PlayInput() {
    }

    /** @return what is wrong with the number in words, or an empty string when Connect would accept it */
    public static String callerProblem(String caller) {
        String number = caller == null ? "" : caller.strip();
        if (number.isEmpty()) {
            return "Enter the number the caller dials from, in E.164 form, e.g. +18003569377.";
        }
        if (!number.startsWith("+")) {
            return "Start the number with + and the country code, e.g. +1" + number.replaceAll("\\D", "") + ".";
        }
        if (!number.substring(1).chars().allMatch(Character::isDigit)) {
            return "Only digits after the +: remove spaces, dashes and letters (" + number + ").";
        }
        if (!E164.matcher(number).matches()) {
            return "A phone number in E.164 has 7 to 15 digits after the + and does not start with 0 (" + number + ").";
        }
        return "";
    }

    /** Parses {@code name=value} lines; blank lines are skipped. */
    public static Map<String, String> attributes(String lines) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (lines == null) {
            return attributes;
        }
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Attributes are one per line as name=value; '" + line.strip() + "' has no name=.");
            }
            attributes.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return attributes;
    }

    /** @return what is wrong with the attribute lines, or an empty string */
    public static String attributesProblem(String lines) {
        try {
            attributes(lines);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Comma-separated DTMF entries ({@code "1, 1234#"}), one per input block the flow reaches; blanks are skipped. */
    public static List<String> dtmf(String entries) {
        List<String> keys = new ArrayList<>();
        if (entries == null) {
            return keys;
        }
        for (String entry : entries.split(",")) {
            String pressed = entry.replace(" ", "");
            if (pressed.isEmpty()) {
                continue;
            }
            if (!DTMF.matcher(pressed).matches()) {
                throw new IllegalArgumentException("Keys are 0-9, * and #, entries separated by commas (e.g. 1, 1234#): '"
                        + entry.strip() + "' has " + pressed.replaceAll("[0-9*#]", "").charAt(0) + ".");
            }
            keys.add(pressed);
        }
        return keys;
    }

    /** @return what is wrong with the DTMF entries, or an empty string */
    public static String dtmfProblem(String entries) {
        try {
            dtmf(entries);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public static String lines(Map<String, String> attributes) {
        StringBuilder out = new StringBuilder();
        attributes.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString().strip();
    }
}
