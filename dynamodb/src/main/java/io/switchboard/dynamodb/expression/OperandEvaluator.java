package io.switchboard.dynamodb.expression;

import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.value.Numbers;
import io.switchboard.dynamodb.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The value of an operand against an item, or null when it refers to nothing. */
final class OperandEvaluator {
    private OperandEvaluator() {
    }

    static Value value(Operand operand, Map<String, Value> item) {
        if (operand instanceof Operand.Literal literal) {
            return literal.value();
        }
        if (operand instanceof Operand.Path path) {
            return path.path().resolve(item);
        }
        if (operand instanceof Operand.Size size) {
            return size(size.path().resolve(item));
        }
        if (operand instanceof Operand.IfNotExists ifNotExists) {
            Value existing = ifNotExists.path().resolve(item);
            return existing != null ? existing : required(ifNotExists.fallback(), item);
        }
        if (operand instanceof Operand.ListAppend append) {
            Value first = required(append.first(), item);
            Value second = required(append.second(), item);
            if (!(first instanceof Value.L l1)) {
                throw listAppendType(first);
            }
            if (!(second instanceof Value.L l2)) {
                throw listAppendType(second);
            }
            List<Value> joined = new ArrayList<>(l1.values());
            joined.addAll(l2.values());
            return new Value.L(joined);
        }
        Operand.Arithmetic arithmetic = (Operand.Arithmetic) operand;
        Value left = required(arithmetic.left(), item);
        Value right = required(arithmetic.right(), item);
        if (!(left instanceof Value.N l) || !(right instanceof Value.N r)) {
            throw DynamoDbException.validation("An operand in the update expression has an incorrect data type");
        }
        BigDecimal result = arithmetic.operator() == '+' ? l.value().add(r.value()) : l.value().subtract(r.value());
        return new Value.N(Numbers.arithmetic(result));
    }

    /** An update operand that must exist. */
    static Value required(Operand operand, Map<String, Value> item) {
        Value value = value(operand, item);
        if (value == null) {
            throw DynamoDbException.validation("The provided expression refers to an attribute that does not exist in the item");
        }
        return value;
    }

    private static DynamoDbException listAppendType(Value value) {
        return DynamoDbException.validation("Invalid UpdateExpression: Incorrect operand type for operator or function; "
                + "operator or function: list_append, operand type: " + value.type());
    }

    private static Value size(Value value) {
        long size;
        if (value instanceof Value.S s) {
            size = s.value().codePointCount(0, s.value().length());
        } else if (value instanceof Value.B b) {
            size = b.value().length();
        } else if (value instanceof Value.SS set) {
            size = set.values().size();
        } else if (value instanceof Value.NS set) {
            size = set.values().size();
        } else if (value instanceof Value.BS set) {
            size = set.values().size();
        } else if (value instanceof Value.L list) {
            size = list.values().size();
        } else if (value instanceof Value.M map) {
            size = map.values().size();
        } else {
            return null;
        }
        return new Value.N(BigDecimal.valueOf(size));
    }
}
