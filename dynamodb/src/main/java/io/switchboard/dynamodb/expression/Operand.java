package io.switchboard.dynamodb.expression;

import io.switchboard.dynamodb.value.Value;

/** Something that evaluates to a value (or to nothing) against an item. */
public sealed interface Operand {
    record Path(DocumentPath path) implements Operand {
    }

    record Literal(Value value, String placeholder) implements Operand {
    }

    record Size(DocumentPath path) implements Operand {
    }

    record IfNotExists(DocumentPath path, Operand fallback) implements Operand {
    }

    record ListAppend(Operand first, Operand second) implements Operand {
    }

    record Arithmetic(Operand left, char operator, Operand right) implements Operand {
    }
}
