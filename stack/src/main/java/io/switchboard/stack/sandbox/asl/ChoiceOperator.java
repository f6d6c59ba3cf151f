package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** The comparison operators of Choice rules. A type mismatch compares false, as in Step Functions. */
public enum ChoiceOperator {
    STRING_EQUALS("StringEquals", Kind.STRING, c -> c == 0),
    STRING_LESS_THAN("StringLessThan", Kind.STRING, c -> c < 0),
    STRING_GREATER_THAN("StringGreaterThan", Kind.STRING, c -> c > 0),
    STRING_LESS_THAN_EQUALS("StringLessThanEquals", Kind.STRING, c -> c <= 0),
    STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", Kind.STRING, c -> c >= 0),
    NUMERIC_EQUALS("NumericEquals", Kind.NUMBER, c -> c == 0),
    NUMERIC_LESS_THAN("NumericLessThan", Kind.NUMBER, c -> c < 0),
    NUMERIC_GREATER_THAN("NumericGreaterThan", Kind.NUMBER, c -> c > 0),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Kind.NUMBER, c -> c <= 0),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Kind.NUMBER, c -> c >= 0),
    TIMESTAMP_EQUALS("TimestampEquals", Kind.TIMESTAMP, c -> c == 0),
    TIMESTAMP_LESS_THAN("TimestampLessThan", Kind.TIMESTAMP, c -> c < 0),
    TIMESTAMP_GREATER_THAN("TimestampGreaterThan", Kind.TIMESTAMP, c -> c > 0),
    TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", Kind.TIMESTAMP, c -> c <= 0),
    TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", Kind.TIMESTAMP, c -> c >= 0),
    BOOLEAN_EQUALS("BooleanEquals", Kind.BOOLEAN, c -> c == 0),
    STRING_MATCHES("StringMatches", Kind.PATTERN, c -> c == 0),
    IS_NULL("IsNull", Kind.TYPE_TEST, c -> true),
    IS_PRESENT("IsPresent", Kind.TYPE_TEST, c -> true),
    IS_NUMERIC("IsNumeric", Kind.TYPE_TEST, c -> true),
    IS_STRING("IsString", Kind.TYPE_TEST, c -> true),
    IS_BOOLEAN("IsBoolean", Kind.TYPE_TEST, c -> true),
    IS_TIMESTAMP("IsTimestamp", Kind.TYPE_TEST, c -> true);

    private enum Kind { STRING, NUMBER, TIMESTAMP, BOOLEAN, PATTERN, TYPE_TEST }

    private interface Outcome {
        boolean of(int comparison);
    }

    private final String fieldName;
    private final Kind kind;
    private final Outcome outcome;

    ChoiceOperator(String fieldName, Kind kind, Outcome outcome) {
        this.fieldName = fieldName;
        this.kind = kind;
        this.outcome = outcome;
    }

    public String fieldName() {
        return fieldName;
    }

    /** Finds the operator for a rule field: {@code NumericEquals} or its {@code NumericEqualsPath} form. */
    public static Optional<ChoiceOperator> forField(String field) {
        String base = field.endsWith("Path") ? field.substring(0, field.length() - 4) : field;
        return Arrays.stream(values())
                .filter(op -> op.fieldName.equals(base))
                .filter(op -> !field.endsWith("Path") || op.kind != Kind.TYPE_TEST && op.kind != Kind.PATTERN)
                .findFirst();
    }

    /** Whether a literal operand has the right JSON type for this operator. */
    public boolean acceptsLiteral(JsonNode literal) {
        return switch (kind) {
            case STRING, PATTERN -> literal.isTextual();
            case TIMESTAMP -> literal.isTextual() && timestamp(literal) != null;
            case NUMBER -> literal.isNumber();
            case BOOLEAN, TYPE_TEST -> literal.isBoolean();
        };
    }

    boolean test(JsonNode actual, JsonNode expected) {
        return switch (kind) {
            case STRING -> actual.isTextual() && expected.isTextual()
                    && outcome.of(Integer.signum(actual.asText().compareTo(expected.asText())));
            case NUMBER -> actual.isNumber() && expected.isNumber()
                    && outcome.of(actual.decimalValue().compareTo(expected.decimalValue()));
            case TIMESTAMP -> compareTimestamps(actual, expected);
            case BOOLEAN -> actual.isBoolean() && expected.isBoolean() && actual.asBoolean() == expected.asBoolean();
            case PATTERN -> actual.isTextual() && toRegex(expected.asText()).matcher(actual.asText()).matches();
            case TYPE_TEST -> typeTest(actual) == expected.asBoolean();
        };
    }

    private boolean compareTimestamps(JsonNode actual, JsonNode expected) {
        OffsetDateTime a = timestamp(actual);
        OffsetDateTime b = timestamp(expected);
        return a != null && b != null && outcome.of(Integer.signum(a.toInstant().compareTo(b.toInstant())));
    }

    private boolean typeTest(JsonNode actual) {
        return switch (this) {
            case IS_NULL -> actual.isNull();
            case IS_NUMERIC -> actual.isNumber();
            case IS_STRING -> actual.isTextual();
            case IS_BOOLEAN -> actual.isBoolean();
            case IS_TIMESTAMP -> timestamp(actual) != null;
            default -> true;
        };
    }

    static OffsetDateTime timestamp(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** StringMatches: {@code *} matches any run of characters; {@code \*} and {@code \\} are literal. */
    static Pattern toRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

}
