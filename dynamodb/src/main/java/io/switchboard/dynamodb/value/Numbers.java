package io.switchboard.dynamodb.value;

import io.switchboard.dynamodb.DynamoDbException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * DynamoDB's number semantics: up to 38 significant digits, magnitudes from 1E-130 to just under
 * 1E+126 (or zero), normalised so that "1.50", "1.5" and "15E-1" are the same number.
 */
public final class Numbers {
    private static final BigDecimal MAX = new BigDecimal("9.9999999999999999999999999999999999999E+125");
    private static final BigDecimal MIN = new BigDecimal("1E-130");
    /** Arithmetic in update expressions keeps 38 digits, as DynamoDB does. */
    public static final MathContext CONTEXT = new MathContext(38, RoundingMode.HALF_EVEN);

    private Numbers() {
    }

    public static BigDecimal parse(String text) {
        BigDecimal value;
        try {
            if (text == null || text.isEmpty() || !text.strip().equals(text) || text.startsWith("+")) {
                throw new NumberFormatException();
            }
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw DynamoDbException.validation("A value provided cannot be converted into a number");
        }
        return normalise(value);
    }

    /** Strips trailing zeros and checks precision and range. */
    public static BigDecimal normalise(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.precision() > 38) {
            throw DynamoDbException.validation("Attempting to store more than 38 significant digits in a Number");
        }
        BigDecimal magnitude = stripped.abs();
        if (magnitude.compareTo(MAX) > 0) {
            throw DynamoDbException.validation(
                    "Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (magnitude.compareTo(MIN) < 0) {
            throw DynamoDbException.validation(
                    "Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        return stripped;
    }

    /** Result of + or - in an update expression, rounded to 38 digits and range-checked. */
    public static BigDecimal arithmetic(BigDecimal result) {
        return normalise(result.round(CONTEXT));
    }

    public static String text(BigDecimal value) {
        return value.toPlainString();
    }
}
