package io.switchboard.lambdas.vanity.engine;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

/**
 * The three libphonenumber questions the engine asks about every caller (which number is this, is
 * it valid, how long is its area code), answered exactly as libphonenumber answers them but without
 * its general-purpose, regex-heavy paths where a shorter one provably gives the same answer:
 *
 * <ul>
 *   <li><b>parse</b>: for {@code +} and ASCII digits only (E.164, what Connect sends) libphonenumber
 *       finds no extension, no IDD and no formatting to undo; it takes the shortest known calling
 *       code (1-3 digits) and keeps the rest as the national number unless the plan's national
 *       prefix pattern matches its start or it starts with 0. Those cases, and every other input,
 *       go to {@link PhoneNumberUtil#parse}.
 *   <li><b>valid</b>: when several regions share a calling code (+1: US, Canada and 23 others),
 *       {@link PhoneNumberUtil#isValidNumber} looks for the number's region first: in order, a region
 *       with leading digits is it when they match, one without is it when the number is fully valid
 *       there. Then it validates the number against the region found, a second time. The same walk
 *       with {@link PhoneNumberUtil#isValidNumberForRegion} answers the same, validating against each
 *       region at most once: a US number costs one validation instead of two, a Canadian one two
 *       instead of four.
 *   <li><b>area code length</b>: {@link PhoneNumberUtil#getLengthOfNationalDestinationCode} formats
 *       the whole number internationally and splits it with a regex; the length of the first group
 *       is found here with the same format rule, precompiled (see {@link NumberingPlan}).
 * </ul>
 *
 * <p>{@code NumberingPlansTest} checks all three against libphonenumber over random and example
 * numbers of every calling code. Thread-safe: plans are immutable and built at most a few times per
 * calling code.
 */
final class NumberingPlans {
    private static final int MAX_CALLING_CODE_LENGTH = 3;
    private static final int MIN_NATIONAL_LENGTH = 2;
    private static final int MAX_NATIONAL_LENGTH = 17;

    private final PhoneNumberUtil util;
    private final MetadataSource metadataSource;
    private final boolean[] knownCallingCode = new boolean[1000];
    private final AtomicReferenceArray<NumberingPlan> plans = new AtomicReferenceArray<>(1000);

    NumberingPlans(PhoneNumberUtil util) {
        this.util = util;
        this.metadataSource = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        for (int code : util.getSupportedCallingCodes()) {
            if (code > 0 && code < knownCallingCode.length) {
                knownCallingCode[code] = true;
            }
        }
    }

    /** What {@code util.parse(input, defaultRegion)} returns (or throws). */
    PhoneNumber parse(String input, String defaultRegion) throws NumberParseException {
        PhoneNumber number = parseE164(input);
        return number != null ? number : util.parse(input, defaultRegion);
    }

    /**
     * libphonenumber's reading of {@code +} followed by digits, or null when the input is not of that
     * form or libphonenumber might read it otherwise (it may strip a national prefix, mark leading
     * zeros, or reject it).
     */
    PhoneNumber parseE164(String input) {
        int length = input.length();
        if (length < 4 || input.charAt(0) != '+') {
            return null;
        }
        for (int i = 1; i < length; i++) {
            char c = input.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        if (input.charAt(1) == '0') {
            return null; // no calling code starts with 0
        }
        int callingCode = 0;
        int codeLength = 0;
        while (codeLength < MAX_CALLING_CODE_LENGTH && !knownCallingCode[callingCode]) {
            callingCode = callingCode * 10 + (input.charAt(1 + codeLength) - '0');
            codeLength++;
        }
        if (!knownCallingCode[callingCode]) {
            return null;
        }
        int nationalStart = 1 + codeLength;
        int nationalLength = length - nationalStart;
        if (nationalLength < MIN_NATIONAL_LENGTH || nationalLength > MAX_NATIONAL_LENGTH || input.charAt(nationalStart) == '0') {
            return null;
        }
        String national = input.substring(nationalStart);
        NumberingPlan plan = plan(callingCode);
        if (plan == null || plan.mayStripNationalPrefix(national)) {
            return null;
        }
        return new PhoneNumber().setCountryCode(callingCode).setNationalNumber(Long.parseLong(national));
    }

    /** What {@code util.isValidNumber(number)} returns; {@code national} is its national significant number. */
    boolean isValid(PhoneNumber number, String national) {
        NumberingPlan plan = plan(number.getCountryCode());
        if (plan == null || plan.regions().size() == 1) {
            return util.isValidNumber(number); // one region: libphonenumber validates once
        }
        List<String> regions = plan.regions();
        for (int i = 0; i < regions.size(); i++) {
            Pattern leadingDigits = plan.leadingDigits(i);
            if (leadingDigits == null) {
                if (util.isValidNumberForRegion(number, regions.get(i))) {
                    return true;
                }
            } else if (leadingDigits.matcher(national).lookingAt()) {
                return util.isValidNumberForRegion(number, regions.get(i));
            }
        }
        return false; // no region: libphonenumber's region is null, and nothing is valid for it
    }

    /** What {@code util.getLengthOfNationalDestinationCode(number)} returns; {@code national} is its national significant number. */
    int nationalDestinationCodeLength(PhoneNumber number, String national) {
        NumberingPlan plan = plan(number.getCountryCode());
        if (plan == null || plan.hasMobileToken() || number.getNationalNumber() == 0) {
            return util.getLengthOfNationalDestinationCode(number);
        }
        return plan.nationalDestinationCodeLength(national);
    }

    private NumberingPlan plan(int callingCode) {
        if (callingCode <= 0 || callingCode >= knownCallingCode.length || !knownCallingCode[callingCode]) {
            return null;
        }
        NumberingPlan plan = plans.get(callingCode);
        if (plan == null) {
            plan = NumberingPlan.of(callingCode, util, metadataSource);
            plans.set(callingCode, plan);
        }
        return plan;
    }
}
