package io.switchboard.lambdas.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A made-up account for a phone number, always the same one for the same number, so demos and tests
 * can predict what the caller hears.
 */
record AccountBalance(String balance, String currency, String accountType, String last4) {

    static AccountBalance forNumber(String number) {
        String digits = number.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("The account number has no digits: '" + number + "'");
        }
        String last4 = digits.length() >= 4 ? digits.substring(digits.length() - 4) : "0".repeat(4 - digits.length()) + digits;
        long pennies = 0;
        for (char c : digits.toCharArray()) {
            pennies = (pennies * 31 + (c - '0')) % 1_000_003;
        }
        pennies %= 500_000;
        String balance = (pennies / 100) + "." + String.format("%02d", pennies % 100);
        return new AccountBalance(balance, currency(number.strip()), pennies % 2 == 0 ? "current" : "savings", last4);
    }

    private static String currency(String number) {
        if (number.startsWith("+44")) {
            return "GBP";
        }
        if (number.startsWith("+1")) {
            return "USD";
        }
        return number.startsWith("+") ? "EUR" : "GBP";
    }

    /**
     * The balance as a prompt says it: the currency's symbol and grouped digits ({@code £1,328.75}), which
     * text-to-speech reads as an amount of money ("one thousand three hundred twenty-eight pounds…")
     * rather than "1328.75 G B P".
     */
    String spoken() {
        String symbol = switch (currency) {
            case "GBP" -> "£";
            case "USD" -> "$";
            case "EUR" -> "€";
            default -> currency + " ";
        };
        return symbol + String.format(java.util.Locale.UK, "%,.2f", new java.math.BigDecimal(balance));
    }

    /**
     * The function's output: {@code {"balance":…, "currency":…, "balance_spoken":…, "account":{"type":…,
     * "last4":…}}}.
     */
    Map<String, Object> toOutput() {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("type", accountType);
        account.put("last4", last4);
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("balance", balance);
        output.put("currency", currency);
        output.put("balance_spoken", spoken());
        output.put("account", account);
        return output;
    }
}
