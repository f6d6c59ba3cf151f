package io.switchboard.desktop.connect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits values inside JSON text where they stand, so the rest keeps the user's formatting, spacing and
 * key order: only the replaced values change. Pure text work on Jackson's token offsets.
 */
final class JsonTextEdits {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern COLON = Pattern.compile("\"(\\s*):(\\s*)");

    private final String text;
    private final List<Edit> edits = new ArrayList<>();

    private record Edit(int start, int end, String replacement) {
    }

    /** Where a value stands in the text: {@code [start, end)}. */
    record Span(int start, int end) {
    }

    JsonTextEdits(String text) {
        this.text = text;
    }

    /** The span of the value at {@code path} (object keys from the root), when every key on the way is there. */
    Optional<Span> find(String... path) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            for (int depth = 0; depth < path.length; depth++) {
                if (!seekField(parser, path[depth])) {
                    return Optional.empty();
                }
                JsonToken value = parser.nextToken();
                int start = (int) parser.currentTokenLocation().getCharOffset();
                if (depth == path.length - 1) {
                    parser.skipChildren();
                    parser.finishToken(); // a string is read lazily: its end is known only once read
                    return Optional.of(new Span(start, (int) parser.currentLocation().getCharOffset()));
                }
                if (value != JsonToken.START_OBJECT) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    /** Moves the parser onto the field {@code name} of the object it is in; false at the object's end. */
    private static boolean seekField(JsonParser parser, String name) throws IOException {
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            if (parser.currentName().equals(name)) {
                return true;
            }
            parser.nextToken();
            parser.skipChildren();
        }
        return false;
    }

    /** Replaces the string at {@code path}; false when it is not there. */
    boolean setString(String value, String... path) {
        Optional<Span> span = find(path);
        span.ifPresent(s -> edits.add(new Edit(s.start(), s.end(), quoted(value))));
        return span.isPresent();
    }

    /**
     * Replaces the object at {@code path} with exactly {@code entries} (string values, in their order),
     * laid out like the text around it: one entry a line at the indent the object used (or one step deeper
     * than its key), with the document's spacing around colons; on one line when the document is on one.
     */
    boolean setStringMap(Map<String, String> entries, String... path) {
        Optional<Span> found = find(path);
        if (found.isEmpty()) {
            return false;
        }
        Span span = found.get();
        String old = text.substring(span.start(), span.end());
        Matcher colon = COLON.matcher(old);
        boolean seen = colon.find();
        if (!seen) {
            colon = COLON.matcher(text);
            seen = colon.find();
        }
        String colonText = seen ? colon.group(1) + ":" + colon.group(2) : ": ";
        StringBuilder out = new StringBuilder("{");
        if (entries.isEmpty()) {
            out.append('}');
        } else if (!text.contains("\n")) {
            out.append(String.join(", ", entries.entrySet().stream().map(e -> quoted(e.getKey()) + colonText + quoted(e.getValue())).toList()));
            out.append('}');
        } else {
            String keyIndent = indentOfLine(span.start());
            String entryIndent = old.contains("\n") && old.strip().length() > 2 ? indentOfLine(old.indexOf('"') + span.start())
                    : keyIndent + indentStep();
            String closingIndent = old.contains("\n") ? indentOfLine(span.end() - 1) : keyIndent;
            String sep = "";
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.append(sep).append('\n').append(entryIndent).append(quoted(e.getKey())).append(colonText).append(quoted(e.getValue()));
                sep = ",";
            }
            out.append('\n').append(closingIndent).append('}');
        }
        edits.add(new Edit(span.start(), span.end(), out.toString()));
        return true;
    }

    /** The text with every edit made. */
    String result() {
        StringBuilder out = new StringBuilder(text);
        edits.stream().sorted(Comparator.comparingInt(Edit::start).reversed())
                .forEach(e -> out.replace(e.start(), e.end(), e.replacement()));
        return out.toString();
    }

    private String indentOfLine(int offset) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int end = lineStart;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(lineStart, end);
    }

    /** The document's indent step: the second line's indent (the first key under the root), else two spaces. */
    private String indentStep() {
        int secondLine = text.indexOf('\n') + 1;
        String indent = secondLine <= 0 ? "" : indentOfLine(secondLine);
        return indent.isEmpty() ? "  " : indent;
    }

    private static String quoted(String value) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }
}
