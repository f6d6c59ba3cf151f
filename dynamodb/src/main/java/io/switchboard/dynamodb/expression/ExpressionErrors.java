package io.switchboard.dynamodb.expression;

import io.switchboard.dynamodb.DynamoDbException;

/** AWS's wording for invalid expressions: "Invalid ConditionExpression: Syntax error; token: ..." */
final class ExpressionErrors {
    private ExpressionErrors() {
    }

    static DynamoDbException invalid(String expressionName, String detail, Object unused) {
        return DynamoDbException.validation("Invalid " + expressionName + ": " + detail);
    }

    static DynamoDbException syntax(String expressionName, String text, java.util.List<Token> tokens, int at) {
        Token token = tokens.get(at);
        int from = at > 0 ? tokens.get(at - 1).start() : token.start();
        int to = at + 1 < tokens.size() ? tokens.get(at + 1).end() : token.end();
        if (token.kind() == Token.Kind.END) {
            to = text.length();
        }
        String near = text.substring(Math.min(from, text.length()), Math.min(Math.max(to, from), text.length()));
        return invalid(expressionName, "Syntax error; token: \"" + token.text() + "\", near: \"" + near + "\"", null);
    }
}
