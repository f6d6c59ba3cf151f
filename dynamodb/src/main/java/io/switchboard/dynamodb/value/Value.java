package io.switchboard.dynamodb.value;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One DynamoDB attribute value. Numbers are held normalised ({@link Numbers}); sets keep the order
 * they were written in but compare as sets; maps compare regardless of order, as DynamoDB does.
 */
public sealed interface Value {

    /** DynamoDB's type descriptor: S, N, B, BOOL, NULL, SS, NS, BS, L or M. */
    String type();

    record S(String value) implements Value {
        public String type() {
            return "S";
        }
    }

    record N(BigDecimal value) implements Value {
        public String type() {
            return "N";
        }

        /** The text DynamoDB answers with: "1.50" reads back as "1.5", "1E+2" as "100". */
        public String text() {
            return Numbers.text(value);
        }
    }

    record B(Bytes value) implements Value {
        public String type() {
            return "B";
        }
    }

    record Bool(boolean value) implements Value {
        public String type() {
            return "BOOL";
        }
    }

    record Null() implements Value {
        public String type() {
            return "NULL";
        }
    }

    record SS(Set<String> values) implements Value {
        public SS {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        public String type() {
            return "SS";
        }
    }

    record NS(Set<BigDecimal> values) implements Value {
        public NS {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        public String type() {
            return "NS";
        }
    }

    record BS(Set<Bytes> values) implements Value {
        public BS {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }

        public String type() {
            return "BS";
        }
    }

    record L(List<Value> values) implements Value {
        public L {
            values = List.copyOf(values);
        }

        public String type() {
            return "L";
        }
    }

    record M(Map<String, Value> values) implements Value {
        public M {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        public String type() {
            return "M";
        }
    }

    static Value string(String value) {
        return new S(value);
    }

    static Value number(String text) {
        return new N(Numbers.parse(text));
    }

    static Value number(BigDecimal value) {
        return new N(Numbers.normalise(value));
    }

    default boolean isSet() {
        return this instanceof SS || this instanceof NS || this instanceof BS;
    }
}
