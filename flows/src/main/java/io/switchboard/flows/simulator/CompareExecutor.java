package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.Transitions.ConditionBranch;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/** Checks ComparisonValue against each condition in order; no match takes NoMatchingCondition (else NextAction). */
final class CompareExecutor implements ActionExecutor {

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        String reference = action.textParameter("ComparisonValue").orElse("");
        Optional<String> value = state.references(action.identifier()).resolve(reference.trim());
        for (ConditionBranch condition : action.transitions().conditions()) {
            if (value.isPresent() && matches(condition, value.get())) {
                state.record(action.identifier(), action.type(), StepKind.BRANCH,
                        reference + " = \"" + value.get() + "\": " + condition.operator() + " " + condition.operands(), Duration.ZERO);
                return ActionOutcome.goTo(condition.nextAction());
            }
        }
        state.record(action.identifier(), action.type(), StepKind.BRANCH,
                reference + " = " + value.map(v -> "\"" + v + "\"").orElse("(not set)") + ": no condition matched", Duration.ZERO);
        return action.transitions().errorTarget("NoMatchingCondition")
                .map(ActionOutcome::goTo)
                .orElseGet(ActionOutcome::next);
    }

    static boolean matches(ConditionBranch condition, String value) {
        if (condition.operands().isEmpty() || condition.operator() == null) {
            return false;
        }
        String operand = condition.operands().get(0);
        return switch (condition.operator()) {
            case "Equals" -> value.equals(operand) || compareNumbers(value, operand) == 0;
            case "NumberGreaterThan" -> compareNumbers(value, operand) > 0 && isNumber(value, operand);
            case "NumberGreaterOrEqualTo" -> compareNumbers(value, operand) >= 0 && isNumber(value, operand);
            case "NumberLessThan" -> compareNumbers(value, operand) < 0 && isNumber(value, operand);
            case "NumberLessOrEqualTo" -> compareNumbers(value, operand) <= 0 && isNumber(value, operand);
            case "TextStartsWith" -> value.startsWith(operand);
            case "TextEndsWith" -> value.endsWith(operand);
            case "TextContains" -> value.contains(operand);
            default -> false;
        };
    }

    private static boolean isNumber(String a, String b) {
        return number(a) != null && number(b) != null;
    }

    /** Numeric comparison; Integer.MIN_VALUE when either side is not a number (so no ordering matches). */
    private static int compareNumbers(String a, String b) {
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        return x == null || y == null ? Integer.MIN_VALUE : x.compareTo(y);
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
