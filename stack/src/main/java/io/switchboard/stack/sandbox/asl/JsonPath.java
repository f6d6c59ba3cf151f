package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSONPath subset that ASL reference paths use: {@code $}, {@code .name}, {@code ['name']}
 * and {@code [index]}. Filters, wildcards and recursive descent are rejected when parsing, so an
 * unsupported path fails at CreateStateMachine rather than in the middle of an execution.
 */
public final class JsonPath {
    private final String text;
    private final List<Object> segments;

    private JsonPath(String text, List<Object> segments) {
        this.text = text;
        this.segments = List.copyOf(segments);
    }

    public static JsonPath parse(String text) {
        if (text == null || !text.startsWith("$")) {
            throw new IllegalArgumentException("a path must start with '$': " + text);
        }
        List<Object> segments = new ArrayList<>();
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                String name = text.substring(i + 1, end);
                if (name.isBlank() || name.equals("*")) {
                    throw new IllegalArgumentException("unsupported JSONPath '" + text + "'");
                }
                segments.add(name);
                i = end;
            } else if (c == '[') {
                int end = text.indexOf(']', i);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed '[' in JSONPath '" + text + "'");
                }
                segments.add(bracket(text, text.substring(i + 1, end).trim()));
                i = end + 1;
            } else {
                throw new IllegalArgumentException("unsupported JSONPath '" + text + "'");
            }
        }
        return new JsonPath(text, segments);
    }

    private static Object bracket(String path, String inside) {
        if (inside.length() >= 2 && (inside.startsWith("'") && inside.endsWith("'")
                || inside.startsWith("\"") && inside.endsWith("\""))) {
            return inside.substring(1, inside.length() - 1);
        }
        try {
            return Integer.parseInt(inside);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unsupported JSONPath '" + path + "' (filters, slices and wildcards are not supported)");
        }
    }

    public String text() {
        return text;
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** The value at this path, or empty when some step of it does not exist. */
    public Optional<JsonNode> read(JsonNode root) {
        JsonNode node = root;
        for (Object segment : segments) {
            if (node == null) {
                return Optional.empty();
            }
            if (segment instanceof Integer index) {
                if (!node.isArray()) {
                    return Optional.empty();
                }
                int i = index < 0 ? node.size() + index : index;
                node = node.get(i);
            } else {
                node = node.isObject() ? node.get((String) segment) : null;
            }
        }
        return Optional.ofNullable(node);
    }

    /** Reads the path or fails with States.Runtime, as Step Functions does for a missing field. */
    public JsonNode require(JsonNode root, String what) {
        return read(root).orElseThrow(() -> StatesError.runtime(
                "The JSONPath '" + text + "' specified for the field '" + what + "' could not be found in the input '"
                        + AslJson.write(root) + "'"));
    }

    /** A copy of {@code root} with {@code value} placed at this path (ResultPath semantics). */
    public JsonNode write(JsonNode root, JsonNode value) {
        if (segments.isEmpty()) {
            return value;
        }
        JsonNode copy = root == null || !root.isContainerNode() ? AslJson.object() : root.deepCopy();
        if (!copy.isContainerNode()) {
            throw new StatesError(StatesError.RESULT_PATH_MATCH_FAILURE, mismatch(root));
        }
        JsonNode node = copy;
        for (int i = 0; i < segments.size(); i++) {
            Object segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (segment instanceof Integer index) {
                if (!(node instanceof ArrayNode array) || index < 0 || index >= array.size()) {
                    throw new StatesError(StatesError.RESULT_PATH_MATCH_FAILURE, mismatch(root));
                }
                if (last) {
                    array.set(index, value);
                } else {
                    node = array.get(index);
                }
            } else {
                if (!(node instanceof ObjectNode object)) {
                    throw new StatesError(StatesError.RESULT_PATH_MATCH_FAILURE, mismatch(root));
                }
                String name = (String) segment;
                if (last) {
                    object.set(name, value);
                } else {
                    JsonNode child = object.get(name);
                    if (child == null || child.isNull()) {
                        child = object.putObject(name);
                    }
                    node = child;
                }
            }
        }
        return copy;
    }

    private String mismatch(JsonNode root) {
        return "Unable to apply ResultPath '" + text + "' to input '" + AslJson.write(root) + "'";
    }

    @Override
    public String toString() {
        return text;
    }
}
