package io.switchboard.dynamodb.value;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Encodes key values so that comparing the encodings compares the values as DynamoDB orders them:
 * S by UTF-8 bytes, B by unsigned bytes, N numerically. Each encoding is self-delimiting, so a
 * partition key's encoding followed by a sort key's is a prefix every item of the partition shares:
 * Query reads one ordered range of the store. The bytes are carried as a Latin-1 string (one char
 * per byte, so {@link String#compareTo} agrees with unsigned byte order).
 */
public final class KeyCodec {
    private static final int NEGATIVE = 0x01;
    private static final int ZERO = 0x02;
    private static final int POSITIVE = 0x03;
    private static final int EXPONENT_BIAS = 0x4000;

    private KeyCodec() {
    }

    /** Sorts after every encoding that starts with the same prefix: the exclusive end of a prefix range. */
    public static final String AFTER_ALL = "\uffff";

    public static String encode(Value value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        append(out, value);
        return new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
    }

    public static String encode(Value first, Value second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        append(out, first);
        if (second != null) {
            append(out, second);
        }
        return new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
    }

    /** The encoding every S or B value starting with {@code start} begins with (begins_with on a sort key). */
    public static String prefix(Value start) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = start instanceof Value.S s ? s.value().getBytes(StandardCharsets.UTF_8) : ((Value.B) start).value().toArray();
        for (byte b : bytes) {
            out.write(b);
            if (b == 0) {
                out.write(0xFF);
            }
        }
        return new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
    }

    private static void append(ByteArrayOutputStream out, Value value) {
        if (value instanceof Value.S s) {
            escaped(out, s.value().getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof Value.B b) {
            escaped(out, b.value().toArray());
        } else if (value instanceof Value.N n) {
            number(out, n.value());
        } else {
            throw new IllegalArgumentException("not a key type: " + value.type());
        }
    }

    /** 0x00 becomes 0x00 0xFF; the end is 0x00 0x01, below any continuation: shorter prefixes sort first. */
    private static void escaped(ByteArrayOutputStream out, byte[] bytes) {
        for (byte b : bytes) {
            out.write(b);
            if (b == 0) {
                out.write(0xFF);
            }
        }
        out.write(0);
        out.write(1);
    }

    /**
     * Sign class, then the decimal exponent (biased, two bytes), then the digits (each + 1, ended by
     * 0x00). Negative numbers have exponent and digits complemented and end with 0xFF, so larger
     * magnitudes sort first.
     */
    private static void number(ByteArrayOutputStream out, BigDecimal value) {
        int signum = value.signum();
        if (signum == 0) {
            out.write(ZERO);
            return;
        }
        BigDecimal magnitude = value.abs().stripTrailingZeros();
        String digits = magnitude.unscaledValue().toString();
        int exponent = digits.length() - magnitude.scale(); // value = 0.digits × 10^exponent
        int biased = exponent + EXPONENT_BIAS;
        if (signum > 0) {
            out.write(POSITIVE);
            out.write((biased >> 8) & 0xFF);
            out.write(biased & 0xFF);
            for (int i = 0; i < digits.length(); i++) {
                out.write(digits.charAt(i) - '0' + 1);
            }
            out.write(0);
        } else {
            out.write(NEGATIVE);
            out.write(~(biased >> 8) & 0xFF);
            out.write(~biased & 0xFF);
            for (int i = 0; i < digits.length(); i++) {
                out.write(~(digits.charAt(i) - '0' + 1) & 0xFF);
            }
            out.write(0xFF);
        }
    }
}
