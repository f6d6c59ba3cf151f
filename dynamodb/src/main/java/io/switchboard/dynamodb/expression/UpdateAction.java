package io.switchboard.dynamodb.expression;

/** One action of an update expression. */
public sealed interface UpdateAction {
    DocumentPath path();

    record Set(DocumentPath path, Operand value) implements UpdateAction {
    }

    record Remove(DocumentPath path) implements UpdateAction {
    }

    record Add(DocumentPath path, Operand value) implements UpdateAction {
    }

    record Delete(DocumentPath path, Operand value) implements UpdateAction {
    }
}
