package io.switchboard.dynamodb.operations;

import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.expression.Condition;
import io.switchboard.dynamodb.expression.ConditionEvaluator;
import io.switchboard.dynamodb.expression.Operand;
import io.switchboard.dynamodb.table.KeySchema;
import io.switchboard.dynamodb.value.KeyCodec;
import io.switchboard.dynamodb.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Query's KeyConditionExpression understood as one partition and an optional sort-key condition,
 * turned into the range of encoded keys to read (bounds are inclusive and may be loose: each
 * candidate's sort key is still tested exactly).
 */
record KeyCondition(Value partition, Condition sortCondition, String low, String high) {

    static KeyCondition of(Condition condition, KeySchema key, Map<String, String> types) {
        List<Condition> parts = new ArrayList<>();
        flatten(condition, parts);
        if (parts.size() > 2) {
            throw DynamoDbException.validation("Conditions can be of length 1 or 2 only");
        }
        Value partition = null;
        Condition sort = null;
        for (Condition part : parts) {
            String attribute = attribute(part);
            if (attribute.equals(key.hash())) {
                if (!(part instanceof Condition.Compare compare) || !compare.operator().equals("=") || partition != null) {
                    throw DynamoDbException.validation("Query key condition not supported");
                }
                partition = literal(compare.right());
            } else if (attribute.equals(key.range()) && sort == null) {
                sort = part;
            } else {
                throw DynamoDbException.validation("Query condition missed key schema element: "
                        + (partition == null && !attribute.equals(key.hash()) && key.range() != null && !attribute.equals(key.range()) ? key.hash() : key.hash()));
            }
        }
        if (partition == null) {
            throw DynamoDbException.validation("Query condition missed key schema element: " + key.hash());
        }
        checkType(partition, types.get(key.hash()));
        String prefix = KeyCodec.encode(partition);
        String low = prefix;
        String high = prefix + KeyCodec.AFTER_ALL;
        if (sort != null) {
            for (Value value : sortValues(sort)) {
                checkType(value, types.get(key.range()));
            }
            if (sort instanceof Condition.Compare compare) {
                String bound = prefix + KeyCodec.encode(literal(compare.right()));
                switch (compare.operator()) {
                    case "=" -> {
                        low = bound;
                        high = bound + KeyCodec.AFTER_ALL;
                    }
                    case ">", ">=" -> low = bound;
                    case "<", "<=" -> high = bound + KeyCodec.AFTER_ALL;
                    default -> throw DynamoDbException.validation("Unsupported operator on KeySchema: " + compare.operator());
                }
            } else if (sort instanceof Condition.Between between) {
                low = prefix + KeyCodec.encode(literal(between.low()));
                high = prefix + KeyCodec.encode(literal(between.high())) + KeyCodec.AFTER_ALL;
            } else if (sort instanceof Condition.Function function && function.name().equals("begins_with")) {
                Value start = literal(function.arguments().get(1));
                if (start instanceof Value.N) {
                    throw DynamoDbException.validation("Invalid KeyConditionExpression: Incorrect operand type for operator or function; "
                            + "operator or function: begins_with, operand type: N");
                }
                low = prefix + KeyCodec.prefix(start);
                high = low + KeyCodec.AFTER_ALL;
            } else {
                throw DynamoDbException.validation("Query key condition not supported");
            }
        }
        return new KeyCondition(partition, sort, low, high);
    }

    boolean sortMatches(Map<String, Value> item) {
        return sortCondition == null || ConditionEvaluator.test(sortCondition, item);
    }

    private static void flatten(Condition condition, List<Condition> parts) {
        if (condition instanceof Condition.And and) {
            flatten(and.left(), parts);
            flatten(and.right(), parts);
        } else if (condition instanceof Condition.Compare || condition instanceof Condition.Between
                || condition instanceof Condition.Function function && function.name().equals("begins_with")) {
            parts.add(condition);
        } else {
            throw DynamoDbException.validation("Invalid operator used in KeyConditionExpression: "
                    + (condition instanceof Condition.Or ? "OR" : condition instanceof Condition.Not ? "NOT"
                    : condition instanceof Condition.In ? "IN" : ((Condition.Function) condition).name()));
        }
    }

    private static String attribute(Condition part) {
        Operand subject;
        if (part instanceof Condition.Compare compare) {
            subject = compare.left();
            if (compare.operator().equals("<>")) {
                throw DynamoDbException.validation("Unsupported operator on KeySchema: <>");
            }
        } else if (part instanceof Condition.Between between) {
            subject = between.value();
        } else {
            subject = ((Condition.Function) part).arguments().get(0);
        }
        if (!(subject instanceof Operand.Path path) || !path.path().isTopLevel()) {
            throw DynamoDbException.validation("Query key condition not supported");
        }
        return path.path().top();
    }

    private static List<Value> sortValues(Condition sort) {
        if (sort instanceof Condition.Compare compare) {
            return List.of(literal(compare.right()));
        }
        if (sort instanceof Condition.Between between) {
            return List.of(literal(between.low()), literal(between.high()));
        }
        return List.of(literal(((Condition.Function) sort).arguments().get(1)));
    }

    private static Value literal(Operand operand) {
        if (!(operand instanceof Operand.Literal literal)) {
            throw DynamoDbException.validation("Query key condition not supported");
        }
        return literal.value();
    }

    private static void checkType(Value value, String type) {
        if (!value.type().equals(type)) {
            throw DynamoDbException.invalidParameter("Condition parameter type does not match schema type");
        }
    }
}
