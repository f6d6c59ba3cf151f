package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ASL reference paths and the JSONPath that Step Functions accepts in InputPath, OutputPath,
 * Parameters and ResultSelector: {@code $}, {@code .name}, {@code ['name']}, {@code [index]},
 * wildcards ({@code .*}, {@code [*]}), slices ({@code [1:5:2]}), unions ({@code [0,2]}),
 * recursive descent ({@code ..name}) and filters ({@code [?(@.year < 1999)]}, see
 * {@link JsonPathFilter}). A path with any of the latter is <em>indefinite</em>: like AWS it reads
 * as an array of every match, empty when nothing matches. Anything else fails when parsing, so an
 * unsupported path is refused at CreateStateMachine rather than in the middle of an execution.
 */
public final class JsonPath {
    private final String text;
    private final List<Object> segments;

    /** Every element or member value. */
    private enum Wildcard { INSTANCE }

    private record Slice(Integer start, Integer end, int step) {
    }

    private record Union(List<Object> members) {
    }

    /** {@code ..inner}: {@code inner} applied to the node and to every node below it. */
    private record Descent(Object inner) {
    }

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
            if (c == '.' && text.startsWith("..", i)) {
                i += 2;
                if (i < text.length() && text.charAt(i) == '[') {
                    int end = closingBracket(text, i);
                    segments.add(new Descent(bracket(text, text.substring(i + 1, end).trim())));
                    i = end + 1;
                } else {
                    int end = nameEnd(text, i);
                    segments.add(new Descent(dotted(text, text.substring(i, end))));
                    i = end;
                }
            } else if (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == '[') {
                i++; // "$.[0]" is read as "$[0]"
            } else if (c == '.') {
                int end = nameEnd(text, i + 1);
                segments.add(dotted(text, text.substring(i + 1, end)));
                i = end;
            } else if (c == '[') {
                int end = closingBracket(text, i);
                segments.add(bracket(text, text.substring(i + 1, end).trim()));
                i = end + 1;
            } else {
                throw new IllegalArgumentException("unsupported JSONPath '" + text + "'");
            }
        }
        return new JsonPath(text, segments);
    }

    private static int nameEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
            end++;
        }
        return end;
    }

    private static Object dotted(String path, String name) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("unsupported JSONPath '" + path + "' (empty name)");
        }
        if (name.endsWith("()")) {
            throw new IllegalArgumentException("unsupported JSONPath '" + path + "' (JSONPath functions are not supported)");
        }
        return name.equals("*") ? Wildcard.INSTANCE : name;
    }

    /** The ']' closing the '[' at {@code open}, skipping quoted text and a filter's parentheses. */
    private static int closingBracket(String text, int open) {
        char quote = 0;
        int depth = 0;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']' && depth > 0) {
                depth--;
            } else if (c == ']') {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed '[' in JSONPath '" + text + "'");
    }

    private static Object bracket(String path, String inside) {
        if (inside.equals("*")) {
            return Wildcard.INSTANCE;
        }
        if (inside.startsWith("?(") && inside.endsWith(")")) {
            return JsonPathFilter.parse(path, inside.substring(2, inside.length() - 1));
        }
        if (isQuoted(inside)) {
            return inside.substring(1, inside.length() - 1);
        }
        try {
            if (inside.contains(",")) {
                List<Object> members = new ArrayList<>();
                for (String member : inside.split(",")) {
                    String trimmed = member.trim();
                    members.add(isQuoted(trimmed) ? trimmed.substring(1, trimmed.length() - 1) : Integer.valueOf(trimmed));
                }
                return new Union(members);
            }
            if (inside.contains(":")) {
                String[] parts = inside.split(":", -1);
                if (parts.length > 3) {
                    throw new NumberFormatException(inside);
                }
                int step = parts.length == 3 && !parts[2].isBlank() ? Integer.parseInt(parts[2].trim()) : 1;
                if (step <= 0) {
                    throw new NumberFormatException(inside);
                }
                return new Slice(optionalInt(parts[0]), optionalInt(parts[1]), step);
            }
            return Integer.parseInt(inside);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unsupported JSONPath '" + path + "' (cannot read '[" + inside + "]')");
        }
    }

    private static boolean isQuoted(String text) {
        return text.length() >= 2 && (text.startsWith("'") && text.endsWith("'") || text.startsWith("\"") && text.endsWith("\""));
    }

    private static Integer optionalInt(String text) {
        return text.isBlank() ? null : Integer.valueOf(text.trim());
    }

    public String text() {
        return text;
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** Whether the path names at most one node (no wildcard, slice, union, filter or descent). */
    public boolean isDefinite() {
        return segments.stream().allMatch(s -> s instanceof String || s instanceof Integer);
    }

    /**
     * The value at this path, or empty when some step of it does not exist. An indefinite path
     * always reads as an array of its matches.
     */
    public Optional<JsonNode> read(JsonNode root) {
        if (!isDefinite()) {
            ArrayNode matches = AslJson.NODES.arrayNode();
            select(root).forEach(matches::add);
            return Optional.of(matches);
        }
        JsonNode node = root;
        for (Object segment : segments) {
            node = step(node, segment);
            if (node == null) {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    private List<JsonNode> select(JsonNode root) {
        List<JsonNode> current = root == null ? List.of() : List.of(root);
        for (Object segment : segments) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                apply(segment, node, next);
            }
            current = next;
        }
        return current;
    }

    private static void apply(Object segment, JsonNode node, List<JsonNode> out) {
        if (segment instanceof Wildcard) {
            node.elements().forEachRemaining(out::add);
        } else if (segment instanceof Slice slice) {
            if (node.isArray()) {
                int size = node.size();
                int from = bound(slice.start(), 0, size);
                int to = bound(slice.end(), size, size);
                for (int i = from; i < to; i += slice.step()) {
                    out.add(node.get(i));
                }
            }
        } else if (segment instanceof Union union) {
            union.members().forEach(member -> apply(member, node, out));
        } else if (segment instanceof JsonPathFilter filter) {
            if (node.isArray()) {
                node.elements().forEachRemaining(item -> {
                    if (filter.matches(item)) {
                        out.add(item);
                    }
                });
            } else if (node.isObject() && filter.matches(node)) {
                out.add(node);
            }
        } else if (segment instanceof Descent descent) {
            descend(descent.inner(), node, out);
        } else {
            JsonNode child = step(node, segment);
            if (child != null) {
                out.add(child);
            }
        }
    }

    private static void descend(Object inner, JsonNode node, List<JsonNode> out) {
        apply(inner, node, out);
        if (node.isContainerNode()) {
            node.elements().forEachRemaining(child -> {
                if (child.isContainerNode()) {
                    descend(inner, child, out);
                }
            });
        }
    }

    private static int bound(Integer value, int absent, int size) {
        if (value == null) {
            return absent;
        }
        int resolved = value < 0 ? size + value : value;
        return Math.max(0, Math.min(size, resolved));
    }

    /** Reads the path or fails with States.Runtime, as Step Functions does for a missing field. */
    public JsonNode require(JsonNode root, String what) {
        return read(root).orElseThrow(() -> StatesError.runtime(
                "The JSONPath '" + text + "' specified for the field '" + what + "' could not be found in the input '"
                        + AslJson.write(root) + "'"));
    }

    /**
     * Reads an InputPath or OutputPath, failing with States.Runtime in AWS's words for those fields:
     * {@code Invalid path '$.a' : No results for path: $['a']} when the last step is missing,
     * {@code Invalid path '$.a.b' : Missing property in path $['a']} when an earlier one is.
     */
    public JsonNode requireStatePath(JsonNode root) {
        Optional<JsonNode> value = read(root);
        if (value.isPresent()) {
            return value.get();
        }
        int found = 0;
        JsonNode node = root; // only a definite path can be missing
        while (found < segments.size() && (node = step(node, segments.get(found))) != null) {
            found++;
        }
        String problem = found >= segments.size() - 1
                ? "No results for path: " + bracketed(segments.size())
                : "Missing property in path " + bracketed(found + 1);
        throw StatesError.runtime("Invalid path '" + text + "' : " + problem);
    }

    private static JsonNode step(JsonNode node, Object segment) {
        if (node == null) {
            return null;
        }
        if (segment instanceof Integer index) {
            return node.isArray() ? node.get(index < 0 ? node.size() + index : index) : null;
        }
        return node.isObject() ? node.get((String) segment) : null;
    }

    private String bracketed(int count) {
        StringBuilder out = new StringBuilder("$");
        for (Object segment : segments.subList(0, Math.min(count, segments.size()))) {
            out.append(segment instanceof Integer ? "[" + segment + "]" : "['" + segment + "']");
        }
        return out.toString();
    }

    /** A copy of {@code root} with {@code value} placed at this path (ResultPath semantics). */
    public JsonNode write(JsonNode root, JsonNode value) {
        if (!isDefinite()) {
            throw new IllegalStateException("cannot write to the indefinite path " + text);
        }
        if (segments.isEmpty()) {
            return value;
        }
        if (root != null && !root.isContainerNode()) {
            throw new StatesError(StatesError.RESULT_PATH_MATCH_FAILURE, mismatch(root));
        }
        JsonNode copy = root == null ? AslJson.object() : root.deepCopy();
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
