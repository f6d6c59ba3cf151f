package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One Choice rule (or a nested And/Or/Not) evaluated against the state's effective input. */
public sealed interface ChoiceRule {

    boolean matches(JsonNode input);

    record And(List<ChoiceRule> rules) implements ChoiceRule {
        @Override
        public boolean matches(JsonNode input) {
            return rules.stream().allMatch(r -> r.matches(input));
        }
    }

    record Or(List<ChoiceRule> rules) implements ChoiceRule {
        @Override
        public boolean matches(JsonNode input) {
            return rules.stream().anyMatch(r -> r.matches(input));
        }
    }

    record Not(ChoiceRule rule) implements ChoiceRule {
        @Override
        public boolean matches(JsonNode input) {
            return !rule.matches(input);
        }
    }

    /** {@code Variable} compared by {@code operator} with a literal or, for {@code ...Path} operators, a path. */
    record Comparison(JsonPath variable, ChoiceOperator operator, JsonNode value, JsonPath valuePath) implements ChoiceRule {
        @Override
        public boolean matches(JsonNode input) {
            JsonNode actual = variable.read(input).orElse(null);
            if (operator == ChoiceOperator.IS_PRESENT) {
                return (actual != null) == value.asBoolean();
            }
            if (actual == null) {
                throw StatesError.runtime("Invalid path '" + variable + "': The choice state's condition path references an invalid value.");
            }
            JsonNode expected = valuePath == null ? value : valuePath.require(input, operator.fieldName());
            return operator.test(actual, expected);
        }
    }
}
