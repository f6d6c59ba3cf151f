package io.switchboard.flows.testing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The operators of the {@code Assert} action
 * (<a href="https://docs.aws.amazon.com/connect/latest/APIReference/testing-language-actions-assertion.html">Assertion</a>).
 */
public enum AssertOperator {
    Equals, TextStartsWith, TextEndsWith, TextContains,
    NumberGreaterThan, NumberGreaterOrEqualTo, NumberLessThan, NumberLessOrEqualTo, Exists;

    public static Optional<AssertOperator> named(String name) {
        return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
    }

    public boolean needsOperand() {
        return this != Exists;
    }

    /**
     * @param actual the value found; null when the path holds nothing
     * @return whether the assertion holds
     */
    public boolean holds(String actual, String operand) {
        if (this == Exists) {
            return actual != null;
        }
        if (actual == null) {
            return false;
        }
        return switch (this) {
            case Equals -> actual.equals(operand);
            case TextStartsWith -> actual.startsWith(operand);
            case TextEndsWith -> actual.endsWith(operand);
            case TextContains -> actual.contains(operand);
            default -> compareNumbers(actual, operand);
        };
    }

    private boolean compareNumbers(String actual, String operand) {
        BigDecimal left;
        BigDecimal right;
        try {
            left = new BigDecimal(actual.trim());
            right = new BigDecimal(operand.trim());
        } catch (NumberFormatException notANumber) {
            return false;
        }
        int order = left.compareTo(right);
        return switch (this) {
            case NumberGreaterThan -> order > 0;
            case NumberGreaterOrEqualTo -> order >= 0;
            case NumberLessThan -> order < 0;
            case NumberLessOrEqualTo -> order <= 0;
            default -> throw new IllegalStateException(name());
        };
    }
}
