package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Reads Choice rules; messages name the rule's problem, the caller adds the state's name. */
final class ChoiceRuleParser {
    private ChoiceRuleParser() {
    }

    static ChoiceRule parse(JsonNode rule) {
        if (!rule.isObject()) {
            throw new IllegalArgumentException("a choice rule must be an object");
        }
        if (rule.has("And") || rule.has("Or")) {
            String key = rule.has("And") ? "And" : "Or";
            JsonNode items = rule.get(key);
            if (!items.isArray() || items.isEmpty()) {
                throw new IllegalArgumentException("'" + key + "' needs a non-empty array of rules");
            }
            List<ChoiceRule> rules = new ArrayList<>();
            items.forEach(item -> rules.add(parse(item)));
            return key.equals("And") ? new ChoiceRule.And(rules) : new ChoiceRule.Or(rules);
        }
        if (rule.has("Not")) {
            return new ChoiceRule.Not(parse(rule.get("Not")));
        }
        return comparison(rule);
    }

    private static ChoiceRule comparison(JsonNode rule) {
        JsonNode variable = rule.get("Variable");
        if (variable == null || !variable.isTextual()) {
            throw new IllegalArgumentException("a comparison needs a 'Variable' path");
        }
        ChoiceRule result = null;
        for (Iterator<String> it = rule.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (field.equals("Variable") || field.equals("Next") || field.equals("Comment")) {
                continue;
            }
            ChoiceOperator operator = ChoiceOperator.forField(field)
                    .orElseThrow(() -> new IllegalArgumentException("unsupported choice operator '" + field + "'"));
            if (result != null) {
                throw new IllegalArgumentException("a comparison may use only one operator");
            }
            JsonNode operand = rule.get(field);
            JsonPath variablePath = JsonPath.parse(variable.asText());
            if (field.endsWith("Path")) {
                if (!operand.isTextual()) {
                    throw new IllegalArgumentException("'" + field + "' needs a path");
                }
                result = new ChoiceRule.Comparison(variablePath, operator, null, JsonPath.parse(operand.asText()));
            } else {
                if (!operator.acceptsLiteral(operand)) {
                    throw new IllegalArgumentException("'" + field + "' has a value of the wrong type: " + operand);
                }
                result = new ChoiceRule.Comparison(variablePath, operator, operand, null);
            }
        }
        if (result == null) {
            throw new IllegalArgumentException("a comparison needs an operator");
        }
        return result;
    }
}
