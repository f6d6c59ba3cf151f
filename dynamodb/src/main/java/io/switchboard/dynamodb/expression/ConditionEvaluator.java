package io.switchboard.dynamodb.expression;

import io.switchboard.dynamodb.value.Value;
import java.util.Map;

/** Decides a parsed condition against an item (an empty map when the item does not exist). */
public final class ConditionEvaluator {
    private ConditionEvaluator() {
    }

    public static boolean test(Condition condition, Map<String, Value> item) {
        if (condition instanceof Condition.And and) {
            return test(and.left(), item) && test(and.right(), item);
        }
        if (condition instanceof Condition.Or or) {
            return test(or.left(), item) || test(or.right(), item);
        }
        if (condition instanceof Condition.Not not) {
            return !test(not.inner(), item);
        }
        if (condition instanceof Condition.Compare compare) {
            return compare(OperandEvaluator.value(compare.left(), item), compare.operator(),
                    OperandEvaluator.value(compare.right(), item));
        }
        if (condition instanceof Condition.Between between) {
            Value value = OperandEvaluator.value(between.value(), item);
            return compare(value, ">=", OperandEvaluator.value(between.low(), item))
                    && compare(value, "<=", OperandEvaluator.value(between.high(), item));
        }
        if (condition instanceof Condition.In in) {
            Value value = OperandEvaluator.value(in.value(), item);
            return value != null && in.candidates().stream()
                    .anyMatch(candidate -> value.equals(OperandEvaluator.value(candidate, item)));
        }
        return function((Condition.Function) condition, item);
    }

    private static boolean compare(Value left, String operator, Value right) {
        if (operator.equals("=")) {
            return left != null && left.equals(right);
        }
        if (operator.equals("<>")) {
            return left == null || !left.equals(right);
        }
        if (left == null || right == null || !left.type().equals(right.type()) || !ValueOrder.comparable(left)) {
            return false;
        }
        int order = ValueOrder.compare(left, right);
        switch (operator) {
            case "<":
                return order < 0;
            case "<=":
                return order <= 0;
            case ">":
                return order > 0;
            default:
                return order >= 0;
        }
    }

    private static boolean function(Condition.Function function, Map<String, Value> item) {
        DocumentPath path = ((Operand.Path) function.arguments().get(0)).path();
        Value value = path.resolve(item);
        switch (function.name()) {
            case "attribute_exists":
                return value != null;
            case "attribute_not_exists":
                return value == null;
            case "attribute_type":
                Value type = OperandEvaluator.value(function.arguments().get(1), item);
                return value != null && type instanceof Value.S s && value.type().equals(s.value());
            case "begins_with":
                Value prefix = OperandEvaluator.value(function.arguments().get(1), item);
                if (value instanceof Value.S s && prefix instanceof Value.S p) {
                    return s.value().startsWith(p.value());
                }
                if (value instanceof Value.B b && prefix instanceof Value.B p) {
                    return b.value().startsWith(p.value());
                }
                return false;
            default:
                return contains(value, OperandEvaluator.value(function.arguments().get(1), item));
        }
    }

    private static boolean contains(Value container, Value part) {
        if (container == null || part == null) {
            return false;
        }
        if (container instanceof Value.S s && part instanceof Value.S p) {
            return s.value().contains(p.value());
        }
        if (container instanceof Value.B b && part instanceof Value.B p) {
            return b.value().contains(p.value());
        }
        if (container instanceof Value.SS set && part instanceof Value.S p) {
            return set.values().contains(p.value());
        }
        if (container instanceof Value.NS set && part instanceof Value.N p) {
            return set.values().contains(p.value());
        }
        if (container instanceof Value.BS set && part instanceof Value.B p) {
            return set.values().contains(p.value());
        }
        if (container instanceof Value.L list) {
            return list.values().contains(part);
        }
        return false;
    }
}
