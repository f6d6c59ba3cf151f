package io.switchboard.dynamodb.expression;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens; a character no token can start with is a syntax error. */
final class Lexer {
    private Lexer() {
    }

    static List<Token> tokens(String text, String expressionName) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == '#' || c == ':') {
                i++;
                while (i < text.length() && isNameChar(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(c == '#' ? Token.Kind.NAME_PLACEHOLDER : Token.Kind.VALUE_PLACEHOLDER,
                        text.substring(start, i), start, i));
            } else if (Character.isLetter(c) || c == '_') {
                while (i < text.length() && isNameChar(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.NAME, text.substring(start, i), start, i));
            } else if (Character.isDigit(c)) {
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.NUMBER, text.substring(start, i), start, i));
            } else if (text.startsWith("<>", i) || text.startsWith("<=", i) || text.startsWith(">=", i)) {
                i += 2;
                tokens.add(new Token(Token.Kind.SYMBOL, text.substring(start, i), start, i));
            } else if ("()[],.=<>+-".indexOf(c) >= 0) {
                i++;
                tokens.add(new Token(Token.Kind.SYMBOL, String.valueOf(c), start, i));
            } else {
                throw ExpressionErrors.invalid(expressionName, "Invalid character encountered; character: " + c
                        + ", index: " + start, null);
            }
        }
        tokens.add(new Token(Token.Kind.END, "<EOF>", text.length(), text.length()));
        return tokens;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
