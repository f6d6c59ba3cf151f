package io.switchboard.stack.sandbox.stepfunctions.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a value the sandbox produced with one AWS recorded. The recording masks identifiers:
 * a {@code <placeholder>} inside a string matches any text, and whole-value masks such as
 * {@code "timestamp"} or {@code "RandomNumberGenerated"} match any value. Numbers compare by value.
 */
public final class RecordedMatching {
    private static final Set<String> MASKS = Set.of("timestamp", "datetime", "date", "snf_role_arn",
            "RandomNumberGenerated", "map_run_arn", "generated-uuid", "start-time", "entered-time");
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>]+>");
    /** The recording replaces every account id with this one. */
    private static final String MASKED_ACCOUNT = "111111111111";

    private RecordedMatching() {
    }

    static boolean isMask(String text) {
        return MASKS.contains(text);
    }

    static boolean matches(JsonNode recorded, JsonNode actual) {
        if (recorded == null || actual == null) {
            return recorded == actual;
        }
        if (recorded.isTextual()) {
            String expected = recorded.asText();
            if (isMask(expected)) {
                return true;
            }
            String text = actual.isTextual() ? actual.asText() : actual.toString();
            if (!actual.isTextual() && !PLACEHOLDER.matcher(expected).find() && !expected.contains(MASKED_ACCOUNT)) {
                return false;
            }
            return matchesText(expected, text);
        }
        if (recorded.isNumber() && actual.isNumber()) {
            return recorded.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (recorded.isArray() && actual.isArray()) {
            if (recorded.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < recorded.size(); i++) {
                if (!matches(recorded.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (recorded.isObject() && actual.isObject()) {
            if (recorded.size() != actual.size()) {
                return false;
            }
            for (Iterator<String> names = recorded.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!matches(recorded.get(name), actual.get(name))) {
                    return false;
                }
            }
            return true;
        }
        return recorded.equals(actual);
    }

    /** Text equality where each {@code <placeholder>} of the recording stands for any text. */
    static boolean matchesText(String recorded, String actual) {
        if (isMask(recorded)) {
            return true;
        }
        Matcher placeholder = PLACEHOLDER.matcher(recorded.replace(MASKED_ACCOUNT, "<account>"));
        recorded = recorded.replace(MASKED_ACCOUNT, "<account>");
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(recorded.substring(last, placeholder.start()))).append("(?s:.*?)");
            last = placeholder.end();
        }
        regex.append(Pattern.quote(recorded.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual).matches();
    }
}
