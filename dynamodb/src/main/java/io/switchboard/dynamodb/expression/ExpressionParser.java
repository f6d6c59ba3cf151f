package io.switchboard.dynamodb.expression;

import io.switchboard.dynamodb.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive-descent parser for DynamoDB's expression grammar: condition (and filter, key condition),
 * update and projection expressions. Placeholders are replaced while parsing.
 */
public final class ExpressionParser {
    private static final Set<String> COMPARATORS = Set.of("=", "<>", "<", "<=", ">", ">=");
    private static final Set<String> CONDITION_FUNCTIONS =
            Set.of("attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains");
    private static final Set<String> UPDATE_FUNCTIONS = Set.of("if_not_exists", "list_append");
    private static final Set<String> TYPES = Set.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M");

    private final String text;
    private final String expressionName;
    private final Placeholders placeholders;
    private final List<Token> tokens;
    private int position;

    private ExpressionParser(String text, String expressionName, Placeholders placeholders) {
        this.text = text;
        this.expressionName = expressionName;
        this.placeholders = placeholders;
        if (text.isBlank()) {
            throw ExpressionErrors.invalid(expressionName, "The expression can not be empty;", null);
        }
        this.tokens = Lexer.tokens(text, expressionName);
    }

    /** ConditionExpression, FilterExpression or KeyConditionExpression (by {@code expressionName}). */
    public static Condition condition(String text, String expressionName, Placeholders placeholders) {
        ExpressionParser parser = new ExpressionParser(text, expressionName, placeholders);
        Condition condition = parser.or();
        parser.expectEnd();
        return condition;
    }

    public static List<UpdateAction> update(String text, Placeholders placeholders) {
        ExpressionParser parser = new ExpressionParser(text, "UpdateExpression", placeholders);
        List<UpdateAction> actions = parser.updateClauses();
        parser.expectEnd();
        return actions;
    }

    public static List<DocumentPath> projection(String text, Placeholders placeholders) {
        ExpressionParser parser = new ExpressionParser(text, "ProjectionExpression", placeholders);
        List<DocumentPath> paths = new ArrayList<>();
        paths.add(parser.path());
        while (parser.accept(",")) {
            paths.add(parser.path());
        }
        parser.expectEnd();
        return paths;
    }

    // ---- conditions

    private Condition or() {
        Condition left = and();
        while (peek().is("OR")) {
            position++;
            left = new Condition.Or(left, and());
        }
        return left;
    }

    private Condition and() {
        Condition left = not();
        while (peek().is("AND")) {
            position++;
            left = new Condition.And(left, not());
        }
        return left;
    }

    private Condition not() {
        if (peek().is("NOT") && peek().kind() == Token.Kind.NAME) {
            position++;
            return new Condition.Not(not());
        }
        return primary();
    }

    private Condition primary() {
        if (accept("(")) {
            Condition inner = or();
            expect(")");
            return inner;
        }
        Token token = peek();
        if (token.kind() == Token.Kind.NAME && peekAt(1).is("(")) {
            String function = token.text();
            if (CONDITION_FUNCTIONS.contains(function)) {
                position += 2;
                List<Operand> arguments = arguments(function);
                return checkedFunction(function, arguments);
            }
            if (!function.equals("size")) {
                throw unknownOrMisplaced(function);
            }
        }
        Operand left = conditionOperand();
        Token next = peek();
        if (next.kind() == Token.Kind.SYMBOL && COMPARATORS.contains(next.text())) {
            position++;
            return new Condition.Compare(left, next.text(), conditionOperand());
        }
        if (next.is("BETWEEN")) {
            position++;
            Operand low = conditionOperand();
            if (!peek().is("AND")) {
                throw syntaxError();
            }
            position++;
            Operand high = conditionOperand();
            checkBounds(low, high);
            return new Condition.Between(left, low, high);
        }
        if (next.is("IN")) {
            position++;
            expect("(");
            List<Operand> candidates = new ArrayList<>();
            candidates.add(conditionOperand());
            while (accept(",")) {
                candidates.add(conditionOperand());
            }
            expect(")");
            if (candidates.size() > 100) {
                throw ExpressionErrors.invalid(expressionName,
                        "The IN operator is provided with too many operands; number of operands: " + candidates.size(), null);
            }
            return new Condition.In(left, candidates);
        }
        if (left instanceof Operand.Size) {
            throw ExpressionErrors.invalid(expressionName,
                    "The function is not allowed to be used this way in an expression; function: size", null);
        }
        throw syntaxError();
    }

    private List<Operand> arguments(String function) {
        List<Operand> arguments = new ArrayList<>();
        if (!peek().is(")")) {
            arguments.add(conditionOperand());
            while (accept(",")) {
                arguments.add(conditionOperand());
            }
        }
        expect(")");
        return arguments;
    }

    private Condition checkedFunction(String function, List<Operand> arguments) {
        int wanted = function.startsWith("attribute_") && !function.equals("attribute_type") ? 1 : 2;
        if (arguments.size() != wanted) {
            throw ExpressionErrors.invalid(expressionName, "Incorrect number of operands for operator or function; operator or function: "
                    + function + ", number of operands: " + arguments.size(), null);
        }
        if (!(arguments.get(0) instanceof Operand.Path)) {
            throw ExpressionErrors.invalid(expressionName,
                    "Operator or function requires a document path; operator or function: " + function, null);
        }
        if (function.equals("attribute_type")) {
            if (!(arguments.get(1) instanceof Operand.Literal literal) || !(literal.value() instanceof Value.S type)) {
                throw ExpressionErrors.invalid(expressionName, "Incorrect operand type for operator or function; operator or function: "
                        + function + ", operand type: " + operandType(arguments.get(1)), null);
            }
            if (!TYPES.contains(type.value())) {
                throw ExpressionErrors.invalid(expressionName, "Invalid attribute type name found; type: " + type.value()
                        + ", valid types: { B,BOOL,BS,L,M,N,NS,NULL,S,SS }", null);
            }
        }
        if (function.equals("begins_with") && arguments.get(1) instanceof Operand.Literal literal
                && !(literal.value() instanceof Value.S || literal.value() instanceof Value.B)) {
            throw ExpressionErrors.invalid(expressionName, "Incorrect operand type for operator or function; operator or function: "
                    + function + ", operand type: " + literal.value().type(), null);
        }
        return new Condition.Function(function, arguments);
    }

    private static String operandType(Operand operand) {
        return operand instanceof Operand.Literal literal ? literal.value().type() : "PATH";
    }

    private void checkBounds(Operand low, Operand high) {
        if (low instanceof Operand.Literal lo && high instanceof Operand.Literal hi
                && lo.value().type().equals(hi.value().type()) && ValueOrder.comparable(lo.value())
                && ValueOrder.compare(lo.value(), hi.value()) > 0) {
            throw ExpressionErrors.invalid(expressionName, "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
                    + "lower bound operand: AttributeValue: {" + lo.value().type() + ":" + ValueOrder.shown(lo.value())
                    + "}, upper bound operand: AttributeValue: {" + hi.value().type() + ":" + ValueOrder.shown(hi.value()) + "}", null);
        }
    }

    private Operand conditionOperand() {
        Token token = peek();
        if (token.kind() == Token.Kind.NAME && peekAt(1).is("(")) {
            if (!token.text().equals("size")) {
                throw unknownOrMisplaced(token.text());
            }
            position += 2;
            DocumentPath path = path();
            if (!peek().is(")")) {
                throw ExpressionErrors.invalid(expressionName,
                        "Incorrect number of operands for operator or function; operator or function: size, number of operands: 2", null);
            }
            expect(")");
            return new Operand.Size(path);
        }
        if (token.kind() == Token.Kind.VALUE_PLACEHOLDER) {
            position++;
            return new Operand.Literal(placeholders.value(token.text(), expressionName), token.text());
        }
        return new Operand.Path(path());
    }

    private RuntimeException unknownOrMisplaced(String function) {
        if (CONDITION_FUNCTIONS.contains(function) || UPDATE_FUNCTIONS.contains(function) || function.equals("size")) {
            return ExpressionErrors.invalid(expressionName,
                    "The function is not allowed to be used this way in an expression; function: " + function, null);
        }
        return ExpressionErrors.invalid(expressionName, "Invalid function name; function: " + function, null);
    }

    // ---- update

    private List<UpdateAction> updateClauses() {
        List<UpdateAction> actions = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        do {
            Token keyword = peek();
            String clause = keyword.kind() == Token.Kind.NAME ? keyword.text().toUpperCase(Locale.ROOT) : "";
            if (!Set.of("SET", "REMOVE", "ADD", "DELETE").contains(clause)) {
                throw syntaxError();
            }
            if (!seen.add(clause)) {
                throw ExpressionErrors.invalid(expressionName,
                        "The \"" + clause + "\" section can only be used once in an update expression;", null);
            }
            position++;
            do {
                actions.add(updateAction(clause));
            } while (accept(","));
        } while (peek().kind() != Token.Kind.END);
        return actions;
    }

    private UpdateAction updateAction(String clause) {
        DocumentPath path = path();
        switch (clause) {
            case "SET":
                expect("=");
                return new UpdateAction.Set(path, setValue());
            case "REMOVE":
                return new UpdateAction.Remove(path);
            case "ADD":
                return new UpdateAction.Add(path, valueOnly());
            default:
                return new UpdateAction.Delete(path, valueOnly());
        }
    }

    private Operand valueOnly() {
        Token token = peek();
        if (token.kind() != Token.Kind.VALUE_PLACEHOLDER) {
            throw syntaxError();
        }
        position++;
        return new Operand.Literal(placeholders.value(token.text(), expressionName), token.text());
    }

    private Operand setValue() {
        Operand left = setOperand();
        if (peek().is("+") || peek().is("-")) {
            char operator = next().text().charAt(0);
            return new Operand.Arithmetic(left, operator, setOperand());
        }
        return left;
    }

    private Operand setOperand() {
        Token token = peek();
        if (token.kind() == Token.Kind.NAME && peekAt(1).is("(")) {
            String function = token.text();
            position += 2;
            if (function.equals("if_not_exists")) {
                Operand first = setOperand();
                expect(",");
                Operand fallback = setValue();
                expect(")");
                if (!(first instanceof Operand.Path path)) {
                    throw ExpressionErrors.invalid(expressionName,
                            "Operator or function requires a document path; operator or function: if_not_exists", null);
                }
                return new Operand.IfNotExists(path.path(), fallback);
            }
            if (function.equals("list_append")) {
                Operand first = setValue();
                expect(",");
                Operand second = setValue();
                expect(")");
                return new Operand.ListAppend(first, second);
            }
            throw unknownOrMisplaced(function);
        }
        if (token.kind() == Token.Kind.VALUE_PLACEHOLDER) {
            position++;
            return new Operand.Literal(placeholders.value(token.text(), expressionName), token.text());
        }
        return new Operand.Path(path());
    }

    // ---- paths and tokens

    private DocumentPath path() {
        List<Object> elements = new ArrayList<>();
        elements.add(pathName());
        while (true) {
            if (accept(".")) {
                elements.add(pathName());
            } else if (peek().is("[")) {
                position++;
                Token index = peek();
                if (index.kind() != Token.Kind.NUMBER || !index.text().chars().allMatch(Character::isDigit)) {
                    throw syntaxError();
                }
                position++;
                expect("]");
                elements.add(Integer.parseInt(index.text()));
            } else {
                return new DocumentPath(elements);
            }
        }
    }

    private String pathName() {
        Token token = peek();
        if (token.kind() == Token.Kind.NAME_PLACEHOLDER) {
            position++;
            return placeholders.name(token.text(), expressionName);
        }
        if (token.kind() == Token.Kind.NAME) {
            position++;
            if (ReservedWords.contains(token.text())) {
                throw ExpressionErrors.invalid(expressionName,
                        "Attribute name is a reserved keyword; reserved keyword: " + token.text(), null);
            }
            return token.text();
        }
        throw syntaxError();
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
    }

    private Token next() {
        return tokens.get(position++);
    }

    private boolean accept(String symbol) {
        if (peek().kind() == Token.Kind.SYMBOL && peek().text().equals(symbol)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(String symbol) {
        if (!accept(symbol)) {
            throw syntaxError();
        }
    }

    private void expectEnd() {
        if (peek().kind() != Token.Kind.END) {
            throw syntaxError();
        }
    }

    private RuntimeException syntaxError() {
        return ExpressionErrors.syntax(expressionName, text, tokens, position);
    }
}
