package io.switchboard.dynamodb.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.dynamodb.expression.ValueOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyCodecTest {
    private final Random random = new Random(12);

    @Test
    void numbers_sortByValue_acrossSignsScalesAndExponents() {
        List<Value> numbers = new ArrayList<>();
        for (String text : List.of("0", "-0.0", "1", "-1", "10", "9.99", "1E+125", "-1E+125", "1E-130", "-1E-130", "0.5", "-0.5",
                "123456789012345678901234567890.12345678", "-2", "2", "0.0001", "100", "99.9999999", "-99.99")) {
            numbers.add(Value.number(text));
        }
        for (int i = 0; i < 2000; i++) {
            numbers.add(Value.number(new BigDecimal(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20)).round(Numbers.CONTEXT)));
        }
        assertEncodingOrderMatchesValueOrder(numbers);
    }

    @Test
    void strings_sortByUtf8Bytes_notByJavaChars() {
        List<Value> strings = new ArrayList<>();
        for (String text : List.of("", "a", "ab", "a\u0000", "a\u0000b", "b", "\uffff", "\ud83d\ude00", "\u00e9", "Z", "aa", "a b")) {
            strings.add(Value.string(text));
        }
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(6);
            for (int j = 0; j < length; j++) {
                text.appendCodePoint(random.nextBoolean() ? 'a' + random.nextInt(3) : random.nextInt(0x1F000));
            }
            if (!Character.isSurrogate(text.length() > 0 ? text.charAt(text.length() - 1) : 'x')) {
                strings.add(Value.string(text.toString()));
            }
        }
        // U+FFFF sorts before U+1F600 in UTF-8 bytes (EF BF BF < F0 9F 98 80) but after it in UTF-16 chars.
        assertThat(KeyCodec.encode(Value.string("\uffff"))).isLessThan(KeyCodec.encode(Value.string("\ud83d\ude00")));
        assertEncodingOrderMatchesValueOrder(strings);
    }

    @Test
    void binary_sortsUnsigned_andAPartitionPrefixesAllItsSortKeys() {
        List<Value> binaries = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[random.nextInt(4)];
            for (int j = 0; j < bytes.length; j++) {
                bytes[j] = (byte) (random.nextBoolean() ? random.nextInt(3) - 1 : random.nextInt(256));
            }
            binaries.add(new Value.B(Bytes.of(bytes)));
        }
        assertEncodingOrderMatchesValueOrder(binaries);

        String partition = KeyCodec.encode(Value.string("day"));
        assertThat(KeyCodec.encode(Value.string("day"), Value.number("-5"))).startsWith(partition);
        assertThat(KeyCodec.encode(Value.string("dayx"), Value.number("1"))).doesNotStartWith(partition);
    }

    private static void assertEncodingOrderMatchesValueOrder(List<Value> values) {
        List<Value> byValue = new ArrayList<>(values);
        byValue.sort(ValueOrder::compare);
        List<Value> byEncoding = new ArrayList<>(values);
        byEncoding.sort(Comparator.comparing(KeyCodec::encode));
        for (int i = 0; i < values.size(); i++) {
            assertThat(ValueOrder.compare(byEncoding.get(i), byValue.get(i))).as("position %d", i).isZero();
        }
    }
}
