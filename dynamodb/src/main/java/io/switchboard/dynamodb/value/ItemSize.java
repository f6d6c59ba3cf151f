package io.switchboard.dynamodb.value;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An item's size as DynamoDB counts it against the 400 KB limit and for capacity units. */
public final class ItemSize {
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private ItemSize() {
    }

    public static long of(Map<String, Value> item) {
        long size = 0;
        for (Map.Entry<String, Value> attribute : item.entrySet()) {
            size += utf8(attribute.getKey()) + of(attribute.getValue());
        }
        return size;
    }

    public static long of(Value value) {
        if (value instanceof Value.S s) {
            return utf8(s.value());
        }
        if (value instanceof Value.N n) {
            return number(n.value());
        }
        if (value instanceof Value.B b) {
            return b.value().length();
        }
        if (value instanceof Value.Bool || value instanceof Value.Null) {
            return 1;
        }
        if (value instanceof Value.SS ss) {
            return ss.values().stream().mapToLong(ItemSize::utf8).sum();
        }
        if (value instanceof Value.NS ns) {
            return ns.values().stream().mapToLong(ItemSize::number).sum();
        }
        if (value instanceof Value.BS bs) {
            return bs.values().stream().mapToLong(Bytes::length).sum();
        }
        if (value instanceof Value.L l) {
            return 3 + l.values().stream().mapToLong(element -> 1 + of(element)).sum();
        }
        Value.M m = (Value.M) value;
        long size = 3;
        for (Map.Entry<String, Value> entry : m.values().entrySet()) {
            size += 1 + utf8(entry.getKey()) + of(entry.getValue());
        }
        return size;
    }

    /** About one byte per two significant digits, plus one. */
    private static long number(BigDecimal number) {
        int digits = number.signum() == 0 ? 1 : number.precision();
        return (digits + 1) / 2 + 1;
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
