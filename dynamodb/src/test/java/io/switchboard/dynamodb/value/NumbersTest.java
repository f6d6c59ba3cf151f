package io.switchboard.dynamodb.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.dynamodb.DynamoDbException;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void parse_normalisesLikeDynamoDb() {
        assertThat(Numbers.text(Numbers.parse("1.50"))).isEqualTo("1.5");
        assertThat(Numbers.text(Numbers.parse("1E+2"))).isEqualTo("100");
        assertThat(Numbers.text(Numbers.parse("-0.000"))).isEqualTo("0");
        assertThat(Numbers.text(Numbers.parse("0012"))).isEqualTo("12");
    }

    @Test
    void parse_refusesMoreThan38SignificantDigits_andOutOfRangeMagnitudes() {
        assertThat(Numbers.text(Numbers.parse("12345678901234567890123456789012345678"))).hasSize(38);
        assertThatThrownBy(() -> Numbers.parse("123456789012345678901234567890123456789"))
                .isInstanceOf(DynamoDbException.class).hasMessage("Attempting to store more than 38 significant digits in a Number");
        assertThatThrownBy(() -> Numbers.parse("1E+126")).hasMessageStartingWith("Number overflow.");
        assertThatThrownBy(() -> Numbers.parse("1E-131")).hasMessageStartingWith("Number underflow.");
        assertThatThrownBy(() -> Numbers.parse("one")).hasMessage("A value provided cannot be converted into a number");
    }
}
