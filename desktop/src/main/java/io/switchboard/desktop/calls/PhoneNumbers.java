package io.switchboard.desktop.calls;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/** Caller numbers as the call log keeps them (E.164), and as the screen shows them (masked). */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** What the user typed, in E.164, or empty when it is not a phone number. */
    public static Optional<String> toE164(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(typed.strip(), "US");
            return UTIL.isPossibleNumber(number) ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Keeps the country code and the last two digits: {@code +1••••••••77}. Supervisors reveal on click. */
    public static String mask(String caller) {
        if (caller == null || caller.length() < 6) {
            return caller == null ? "" : caller;
        }
        int keepStart = caller.startsWith("+") ? 2 : 0;
        if (caller.startsWith("+")) {
            try {
                keepStart = 1 + Integer.toString(UTIL.parse(caller, "US").getCountryCode()).length();
            } catch (NumberParseException ignored) {
                // not a number we know: keep "+" and one digit
            }
        }
        return caller.substring(0, keepStart) + "•".repeat(caller.length() - keepStart - 2) + caller.substring(caller.length() - 2);
    }
}
