package io.switchboard.dynamodb.expression;

import io.switchboard.dynamodb.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** DynamoDB's ordering of scalar values: N numerically, S by UTF-8 bytes, B by unsigned bytes. */
public final class ValueOrder {
    private ValueOrder() {
    }

    public static boolean comparable(Value value) {
        return value instanceof Value.N || value instanceof Value.S || value instanceof Value.B;
    }

    /** Both values must be comparable and of the same type. */
    public static int compare(Value left, Value right) {
        if (left instanceof Value.N l && right instanceof Value.N r) {
            return l.value().compareTo(r.value());
        }
        if (left instanceof Value.S l && right instanceof Value.S r) {
            return Arrays.compareUnsigned(l.value().getBytes(StandardCharsets.UTF_8), r.value().getBytes(StandardCharsets.UTF_8));
        }
        if (left instanceof Value.B l && right instanceof Value.B r) {
            return l.value().compareTo(r.value());
        }
        throw new IllegalArgumentException(left.type() + " and " + right.type() + " do not compare");
    }

    static String shown(Value value) {
        if (value instanceof Value.N n) {
            return n.text();
        }
        if (value instanceof Value.S s) {
            return s.value();
        }
        return value.toString();
    }
}
