package io.switchboard.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerNumberTest {

    @Test
    void mask_keepsTheCountryCodeAndTheLastTwoDigits() {
        assertThat(CallerNumber.mask("+18003569377")).isEqualTo("+1••••••••77");
        assertThat(CallerNumber.mask("+447700900123")).isEqualTo("+44••••••••23");
        assertThat(CallerNumber.mask("+35312345678")).isEqualTo("+353••••••78");
    }

    @Test
    void mask_leavesWhatIsNotAPhoneNumberAsItIs() {
        assertThat(CallerNumber.mask("withheld")).isEqualTo("withheld");
        assertThat(CallerNumber.mask("anonymous")).isEqualTo("anonymous");
        assertThat(CallerNumber.of("sip:agent@example.com").text().get()).isEqualTo("sip:agent@example.com");
    }

    @Test
    void text_isMaskedUntilRevealed_andMaskedAgainWhenHidden() {
        CallerNumber caller = CallerNumber.of("+447700900123");
        assertThat(caller.text().get()).isEqualTo("+44••••••••23");

        caller.revealed().set(true);
        assertThat(caller.text().get()).isEqualTo("+447700900123");

        caller.revealed().set(false);
        assertThat(caller.text().get()).isEqualTo("+44••••••••23");
    }

    @Test
    void text_isEmptyWhileUnknown_andADashWhenThereIsNoCaller() {
        assertThat(CallerNumber.unknown().known()).isFalse();
        assertThat(CallerNumber.unknown().text().get()).isEmpty();
        assertThat(CallerNumber.of("").known()).isTrue();
        assertThat(CallerNumber.of("").text().get()).isEqualTo("—");
    }
}
