package io.switchboard.dynamodb.expression;

/** One lexical token of an expression, with where it sits in the text (for "near:" in errors). */
record Token(Kind kind, String text, int start, int end) {
    enum Kind { NAME, NAME_PLACEHOLDER, VALUE_PLACEHOLDER, NUMBER, SYMBOL, END }

    boolean is(String symbolOrKeyword) {
        return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equalsIgnoreCase(symbolOrKeyword);
    }
}
