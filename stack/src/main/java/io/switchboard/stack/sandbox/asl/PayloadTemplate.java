package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A Parameters or ResultSelector template: static JSON in which keys ending in {@code .$} take a
 * path ({@code $...}), a context path ({@code $$...}) or an intrinsic function call.
 */
public final class PayloadTemplate {
    private final JsonNode template;

    private PayloadTemplate(JsonNode template) {
        this.template = template;
    }

    /** Checks every {@code .$} value up front; throws IllegalArgumentException naming the field. */
    public static PayloadTemplate parse(JsonNode template) {
        validate(template);
        return new PayloadTemplate(template);
    }

    private static void validate(JsonNode node) {
        if (node.isArray()) {
            node.forEach(PayloadTemplate::validate);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getKey().endsWith(".$")) {
                if (!field.getValue().isTextual()) {
                    throw new IllegalArgumentException("the value of '" + field.getKey() + "' must be a path or an intrinsic function");
                }
                String expression = field.getValue().asText();
                try {
                    parseExpression(expression);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("field '" + field.getKey() + "': " + e.getMessage(), e);
                }
            } else {
                validate(field.getValue());
            }
        }
    }

    static IntrinsicExpression parseExpression(String expression) {
        if (expression.startsWith("$$")) {
            JsonPath.parse(expression.substring(1));
            return new IntrinsicExpression.Path(expression);
        }
        if (expression.startsWith("$")) {
            JsonPath.parse(expression);
            return new IntrinsicExpression.Path(expression);
        }
        if (IntrinsicParser.looksLikeCall(expression)) {
            return IntrinsicParser.parse(expression);
        }
        throw new IllegalArgumentException("'" + expression + "' is neither a path nor an intrinsic function");
    }

    public JsonNode apply(PathContext paths) {
        return resolve(template, paths);
    }

    private static JsonNode resolve(JsonNode node, PathContext paths) {
        if (node.isArray()) {
            ArrayNode out = AslJson.NODES.arrayNode();
            node.forEach(item -> out.add(resolve(item, paths)));
            return out;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode out = AslJson.object();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            if (key.endsWith(".$")) {
                out.set(key.substring(0, key.length() - 2), parseExpression(field.getValue().asText()).evaluate(paths, key));
            } else {
                out.set(key, resolve(field.getValue(), paths));
            }
        }
        return out;
    }
}
