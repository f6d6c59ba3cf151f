package io.switchboard.lambdas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountBalanceTest {

    @Test
    void spoken_isTheCurrencySymbolAndGroupedDigits_soSpeechReadsMoneyNotLetters() {
        assertThat(new AccountBalance("1328.75", "GBP", "current", "0123").spoken()).isEqualTo("£1,328.75");
        assertThat(new AccountBalance("42.10", "USD", "savings", "0123").spoken()).isEqualTo("$42.10");
        assertThat(new AccountBalance("0.05", "EUR", "current", "0123").spoken()).isEqualTo("€0.05");
        assertThat(new AccountBalance("4999.99", "CHF", "current", "0123").spoken()).isEqualTo("CHF 4,999.99");
    }

    @Test
    void output_carriesTheSpokenBalanceBesideTheFigures() {
        AccountBalance account = AccountBalance.forNumber("+447700900123");

        assertThat(account.toOutput()).containsEntry("balance_spoken", account.spoken())
                .containsEntry("balance", account.balance()).containsEntry("currency", "GBP");
    }
}
