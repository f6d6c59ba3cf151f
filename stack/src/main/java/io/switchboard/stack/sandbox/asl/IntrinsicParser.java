package io.switchboard.stack.sandbox.asl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Parses intrinsic function calls; unknown functions are rejected at parse time. */
public final class IntrinsicParser {
    private final String text;
    private int pos;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    public static boolean looksLikeCall(String value) {
        return value.startsWith("States.");
    }

    public static IntrinsicExpression.Call parse(String text) {
        IntrinsicParser parser = new IntrinsicParser(text.trim());
        IntrinsicExpression.Call call = parser.call();
        parser.skipSpaces();
        if (parser.pos != parser.text.length()) {
            throw parser.error("unexpected text after the closing parenthesis");
        }
        return call;
    }

    private IntrinsicExpression.Call call() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String name = text.substring(start, pos);
        if (!IntrinsicFunctions.isSupported(name)) {
            throw new IllegalArgumentException("unsupported intrinsic function '" + name + "' in '" + text + "'");
        }
        expect('(');
        List<IntrinsicExpression> args = new ArrayList<>();
        skipSpaces();
        if (peek() != ')') {
            args.add(argument());
            skipSpaces();
            while (peek() == ',') {
                pos++;
                args.add(argument());
                skipSpaces();
            }
        }
        expect(')');
        return new IntrinsicExpression.Call(name, args);
    }

    private IntrinsicExpression argument() {
        skipSpaces();
        char c = peek();
        if (c == '\'') {
            return new IntrinsicExpression.Literal(AslJson.NODES.textNode(string()));
        }
        if (c == '$') {
            int start = pos;
            while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != ')') {
                pos++;
            }
            String path = text.substring(start, pos).trim();
            JsonPath.parse(path.startsWith("$$") ? path.substring(1) : path);
            return new IntrinsicExpression.Path(path);
        }
        if (text.startsWith("States.", pos)) {
            return call();
        }
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != ')') {
            pos++;
        }
        String token = text.substring(start, pos).trim();
        switch (token) {
            case "true":
                return new IntrinsicExpression.Literal(AslJson.NODES.booleanNode(true));
            case "false":
                return new IntrinsicExpression.Literal(AslJson.NODES.booleanNode(false));
            case "null":
                return new IntrinsicExpression.Literal(AslJson.NODES.nullNode());
            default:
                try {
                    BigDecimal number = new BigDecimal(token);
                    return new IntrinsicExpression.Literal(number.scale() <= 0
                            ? AslJson.NODES.numberNode(number.longValueExact())
                            : AslJson.NODES.numberNode(number));
                } catch (NumberFormatException | ArithmeticException e) {
                    throw error("cannot read argument '" + token + "'");
                }
        }
    }

    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                char escaped = text.charAt(pos++);
                if (escaped == '{' || escaped == '}') {
                    out.append('\\');
                }
                out.append(escaped);
            } else if (c == '\'') {
                return out.toString();
            } else {
                out.append(c);
            }
        }
        throw error("unterminated string");
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void expect(char c) {
        skipSpaces();
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("invalid intrinsic function '" + text + "': " + message + " at " + pos);
    }
}
