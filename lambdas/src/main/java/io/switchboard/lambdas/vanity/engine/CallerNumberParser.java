package io.switchboard.lambdas.vanity.engine;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Turns what Connect (E.164) or a person (national format, US by default) typed into a
 * {@link CallerNumber}, or says in words why it is not a number we can spell.
 *
 * <p>A number must be <em>valid</em> in libphonenumber's metadata, not only of a possible length:
 * Connect's caller IDs are real numbers, and "possible" lets through things like area code 099.
 * Toll-free numbers and Ofcom's drama ranges (020 7946 0xxx) are valid numbers and are accepted.
 */
final class CallerNumberParser {
    /** Amazon Connect reports withheld caller IDs as this (a Lesotho-looking, too-short number). */
    static final String CONNECT_ANONYMOUS = "+266696687";

    private static final String DEFAULT_REGION = "US";
    private static final int MAX_INPUT_LENGTH = 64;
    private static final int FALLBACK_VANITY_LENGTH = 7;
    private static final int MIN_VANITY_LENGTH = 4;

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final NumberingPlans plans = new NumberingPlans(util);

    sealed interface Outcome permits Parsed, Rejected {
    }

    record Parsed(CallerNumber number) implements Outcome {
    }

    record Rejected(String reason) implements Outcome {
    }

    Outcome parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Rejected("no number: the caller ID is empty");
        }
        String input = raw.strip();
        if (input.length() > MAX_INPUT_LENGTH) {
            return new Rejected("not a phone number: input is longer than " + MAX_INPUT_LENGTH + " characters");
        }
        if (isConnectAnonymous(input)) {
            return new Rejected("caller ID withheld: Amazon Connect reports anonymous callers as " + CONNECT_ANONYMOUS);
        }
        if (!any(input, Character::isDigit)) {
            return new Rejected("caller ID withheld or not a number: \"" + input + "\" has no digits");
        }
        if (any(input, Character::isLetter)) {
            // libphonenumber would convert letters to keypad digits; a caller ID never has letters.
            return new Rejected("not a phone number: \"" + input + "\" contains letters");
        }
        PhoneNumber number;
        try {
            number = plans.parse(input, DEFAULT_REGION);
        } catch (NumberParseException e) {
            return new Rejected("not a phone number: " + describe(e.getErrorType()));
        }
        String national = util.getNationalSignificantNumber(number);
        if (!plans.isValid(number, national)) {
            // NANP rules are strict and stable, so an invalid +1 number cannot be a real caller. Elsewhere a
            // number that reached Connect exists even when libphonenumber's metadata lags behind (new ranges,
            // reserved drama ranges): only impossible ones are rejected there.
            PhoneNumberUtil.ValidationResult possible = util.isPossibleNumberWithReason(number);
            boolean lenient = number.getCountryCode() != 1 && possible == PhoneNumberUtil.ValidationResult.IS_POSSIBLE;
            if (!lenient) {
                return new Rejected(possible == PhoneNumberUtil.ValidationResult.IS_POSSIBLE
                        ? "not a valid number in the numbering plan of country code +" + number.getCountryCode()
                        : "impossible number: " + describe(possible) + " for country code +" + number.getCountryCode());
            }
        }
        return new Parsed(split(number, national));
    }

    private CallerNumber split(PhoneNumber number, String national) {
        String e164 = "+" + number.getCountryCode() + national; // libphonenumber's E.164 format, which has no extension
        int prefix;
        if (number.getCountryCode() == 1) {
            prefix = national.length() - 7;
        } else {
            int ndc = plans.nationalDestinationCodeLength(number, national);
            boolean usable = ndc > 0 && national.length() - ndc >= MIN_VANITY_LENGTH;
            prefix = usable ? ndc : Math.max(0, national.length() - FALLBACK_VANITY_LENGTH);
        }
        return new CallerNumber(e164, number.getCountryCode(), national.substring(0, prefix), national.substring(prefix),
                util.getRegionCodeForCountryCode(number.getCountryCode()));
    }

    /** The input without ASCII white space ({@code \s}), dashes and parentheses is Connect's anonymous caller ID. */
    private static boolean isConnectAnonymous(String input) {
        int matched = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '-' || c == '(' || c == ')') {
                continue;
            }
            if (matched == CONNECT_ANONYMOUS.length() || c != CONNECT_ANONYMOUS.charAt(matched)) {
                return false;
            }
            matched++;
        }
        return matched == CONNECT_ANONYMOUS.length();
    }

    /** Whether any character of {@code input} passes {@code test} (a plain loop: this is on Connect's hot path). */
    private static boolean any(String input, java.util.function.IntPredicate test) {
        for (int i = 0; i < input.length(); i++) {
            if (test.test(input.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(NumberParseException.ErrorType type) {
        return switch (type) {
            case INVALID_COUNTRY_CODE -> "unknown country calling code";
            case NOT_A_NUMBER -> "it does not look like a phone number";
            case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "too few digits";
            case TOO_LONG -> "too many digits";
        };
    }

    private static String describe(PhoneNumberUtil.ValidationResult result) {
        return switch (result) {
            case INVALID_COUNTRY_CODE -> "unknown country calling code";
            case TOO_SHORT -> "too few digits";
            case INVALID_LENGTH -> "wrong number of digits";
            case TOO_LONG -> "too many digits";
            case IS_POSSIBLE_LOCAL_ONLY -> "a local number without its area code";
            case IS_POSSIBLE -> "possible";
        };
    }
}
