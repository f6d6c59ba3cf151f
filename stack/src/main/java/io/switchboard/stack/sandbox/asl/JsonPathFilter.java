package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSONPath filter, {@code ?(...)}: comparisons of {@code @.path} with a literal or another
 * {@code @.path} ({@code == != < <= > >=}), existence tests ({@code @.path}), joined by
 * {@code &&} or {@code ||} ({@code &&} binds tighter). Regular expressions ({@code =~}),
 * functions and parentheses inside the filter are refused when parsing.
 */
final class JsonPathFilter {
    private static final List<String> OPERATORS = List.of("==", "!=", "<=", ">=", "<", ">");

    private record Comparison(JsonPath left, String operator, JsonPath rightPath, JsonNode rightValue) {
    }

    /** Any of these groups matching; every comparison of a group matching. */
    private final List<List<Comparison>> alternatives;

    private JsonPathFilter(List<List<Comparison>> alternatives) {
        this.alternatives = alternatives;
    }

    static JsonPathFilter parse(String path, String expression) {
        if (expression.contains("=~") || expression.contains("(")) {
            throw new IllegalArgumentException("unsupported JSONPath '" + path
                    + "' (filters with regular expressions, functions or parentheses are not supported)");
        }
        List<List<Comparison>> alternatives = new ArrayList<>();
        for (String alternative : expression.split("\\|\\|")) {
            List<Comparison> group = new ArrayList<>();
            for (String term : alternative.split("&&")) {
                group.add(comparison(path, term.trim()));
            }
            alternatives.add(group);
        }
        return new JsonPathFilter(alternatives);
    }

    private static Comparison comparison(String path, String term) {
        for (String operator : OPERATORS) {
            int at = term.indexOf(operator);
            if (at > 0) {
                JsonPath left = relative(path, term.substring(0, at).trim());
                String right = term.substring(at + operator.length()).trim();
                return right.startsWith("@")
                        ? new Comparison(left, operator, relative(path, right), null)
                        : new Comparison(left, operator, null, literal(path, right));
            }
        }
        return new Comparison(relative(path, term), null, null, null);
    }

    private static JsonPath relative(String path, String operand) {
        if (!operand.startsWith("@")) {
            throw new IllegalArgumentException("unsupported JSONPath '" + path + "' (cannot read filter operand '" + operand + "')");
        }
        return JsonPath.parse("$" + operand.substring(1));
    }

    private static JsonNode literal(String path, String text) {
        if (text.length() >= 2 && (text.startsWith("'") && text.endsWith("'") || text.startsWith("\"") && text.endsWith("\""))) {
            return AslJson.NODES.textNode(text.substring(1, text.length() - 1));
        }
        try {
            return AslJson.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unsupported JSONPath '" + path + "' (cannot read filter value '" + text + "')", e);
        }
    }

    boolean matches(JsonNode item) {
        return alternatives.stream().anyMatch(group -> group.stream().allMatch(c -> holds(c, item)));
    }

    private static boolean holds(Comparison comparison, JsonNode item) {
        Optional<JsonNode> left = comparison.left().read(item);
        if (comparison.operator() == null) {
            return left.isPresent();
        }
        JsonNode right = comparison.rightPath() != null ? comparison.rightPath().read(item).orElse(null) : comparison.rightValue();
        if (left.isEmpty() || right == null) {
            return false;
        }
        JsonNode value = left.get();
        return switch (comparison.operator()) {
            case "==" -> JsonValues.same(value, right);
            case "!=" -> !JsonValues.same(value, right);
            default -> ordered(value, right, comparison.operator());
        };
    }

    private static boolean ordered(JsonNode left, JsonNode right, String operator) {
        int order;
        if (left.isNumber() && right.isNumber()) {
            order = left.decimalValue().compareTo(right.decimalValue());
        } else if (left.isTextual() && right.isTextual()) {
            order = left.asText().compareTo(right.asText());
        } else {
            return false;
        }
        return switch (operator) {
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        };
    }
}
