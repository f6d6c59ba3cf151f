package io.switchboard.stack.sandbox.stepfunctions.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one {@code @pytest.mark.parametrize("name", [values], ids=[…])} argument of a recorded test,
 * read as text: its name and the source text of the value a case id ({@code test_x[ID]}) selects.
 */
record TestParameter(String name, String valueSource) {
    private static final Pattern DECORATOR = Pattern.compile("@pytest\\.mark\\.parametrize\\(\\s*\"(\\w+)\"\\s*,\\s*\\[");
    private static final Pattern IDS = Pattern.compile("\\bids\\s*=\\s*\\[");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The value's text when it is a plain string literal ("$.items[0]"), else {@code null}. */
    String stringValue() {
        Matcher string = STRING.matcher(valueSource);
        return string.matches() ? string.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : null;
    }

    /** The parameter a case id selects, or {@code null} when the decorators do not say it plainly. */
    static TestParameter select(String decorators, String caseId) {
        int open = caseId.indexOf('[');
        if (open < 0 || !caseId.endsWith("]")) {
            return null;
        }
        String id = caseId.substring(open + 1, caseId.length() - 1);
        Matcher decorator = DECORATOR.matcher(decorators);
        if (!decorator.find()) {
            return null;
        }
        int valuesEnd = closing(decorators, decorator.end() - 1);
        if (valuesEnd < 0) {
            return null;
        }
        List<String> values = split(decorators.substring(decorator.end(), valuesEnd));
        Matcher ids = IDS.matcher(decorators);
        int index;
        if (ids.find(valuesEnd)) {
            int idsEnd = closing(decorators, ids.end() - 1);
            if (idsEnd < 0) {
                return null;
            }
            index = split(decorators.substring(ids.end(), idsEnd)).indexOf("\"" + id + "\"");
        } else {
            index = values.indexOf("\"" + id + "\"");
        }
        return index < 0 || index >= values.size() ? null : new TestParameter(decorator.group(1), values.get(index));
    }

    /** The index of the bracket closing the one at {@code open}, skipping strings and nested brackets. */
    private static int closing(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '(' || c == '{') {
                depth++;
            } else if ((c == ']' || c == ')' || c == '}') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Top-level comma-separated items, trimmed, without comments or a trailing empty item. */
    private static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (quote != 0) {
                item.append(c);
                if (c == '\\' && i + 1 < list.length()) {
                    item.append(list.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '#') {
                while (i < list.length() && list.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '(' || c == '{') {
                depth++;
            } else if (c == ']' || c == ')' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(item.toString().trim());
                item.setLength(0);
                continue;
            }
            item.append(c);
        }
        if (!item.toString().isBlank()) {
            items.add(item.toString().trim());
        }
        return items;
    }
}
