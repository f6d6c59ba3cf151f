package io.switchboard.flows.simulator;

import java.util.Map;
import java.util.Optional;

/**
 * Phone numbers keyed in on a keypad, as Store customer input's phone number validation reads them:
 * Local numbers in the given country (NANP: ten digits, or eleven starting with 1), or E164 keyed
 * without the plus (country code first). The result is E.164.
 */
final class PhoneNumbers {

    private static final Map<String, String> CALLING_CODES = Map.of("US", "1", "CA", "1", "GB", "44", "DE", "49",
            "FR", "33", "AU", "61", "JP", "81", "IN", "91", "MX", "52", "BR", "55");

    private PhoneNumbers() {
    }

    static Optional<String> fromKeys(String keys, String format, String country) {
        if (!keys.matches("\\d+")) {
            return Optional.empty();
        }
        if ("E164".equalsIgnoreCase(format)) {
            return keys.length() >= 8 && keys.length() <= 15 && keys.charAt(0) != '0' ? Optional.of("+" + keys) : Optional.empty();
        }
        String code = CALLING_CODES.getOrDefault(country.toUpperCase(java.util.Locale.ROOT), "1");
        if (code.equals("1")) {
            String national = keys.length() == 11 && keys.startsWith("1") ? keys.substring(1) : keys;
            boolean valid = national.length() == 10 && national.charAt(0) >= '2' && national.charAt(3) >= '2';
            return valid ? Optional.of("+1" + national) : Optional.empty();
        }
        String national = keys.startsWith("0") ? keys.substring(1) : keys;
        return national.length() >= 6 && national.length() <= 12 ? Optional.of("+" + code + national) : Optional.empty();
    }
}
