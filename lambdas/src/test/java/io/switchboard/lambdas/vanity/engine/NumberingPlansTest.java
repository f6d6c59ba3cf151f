package io.switchboard.lambdas.vanity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link NumberingPlans} must answer exactly as libphonenumber does, for every calling code. */
class NumberingPlansTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private final NumberingPlans plans = new NumberingPlans(UTIL);

    @Test
    void parse_overRandomE164OfEveryCallingCode_readsAsLibphonenumberDoes() {
        int fast = 0;
        List<String> inputs = randomE164(new Random(11), 60_000);
        inputs.addAll(RandomPhoneNumbers.generate(new Random(12), 10_000));
        for (String input : inputs) {
            PhoneNumber expected = parseOrNull(input);
            PhoneNumber fastPath = plans.parseE164(input);
            if (fastPath != null) {
                fast++;
                assertThat(fastPath).as("fast path for %s", input).isEqualTo(expected);
            }
            if (expected == null) {
                NumberParseException.ErrorType expectedError = catchThrowableOfType(
                        () -> UTIL.parse(input, "US"), NumberParseException.class).getErrorType();
                assertThat(catchThrowableOfType(() -> plans.parse(input, "US"), NumberParseException.class))
                        .as("error for %s", input).extracting(NumberParseException::getErrorType).isEqualTo(expectedError);
            } else {
                assertThat(parsePlans(input)).as("parse of %s", input).isEqualTo(expected);
            }
        }
        assertThat(fast).as("E.164 input mostly takes the short path").isGreaterThan(inputs.size() / 2);
    }

    @Test
    void parse_whenNotPlainE164_leavesItToLibphonenumber() {
        for (String input : List.of("+1 800 356 9377", "(800) 356-9377", "8003569377", "+0018003569377", "+118003569377",
                "+4402079460958", "+39061234567", "+1", "+12", "+999123456789", "+1800356937７")) {
            assertThat(plans.parseE164(input)).as(input).isNull();
        }
    }

    @Test
    void isValid_overRandomAndExampleNumbers_answersAsIsValidNumber() {
        int valid = 0;
        for (PhoneNumber number : numbersOfEveryRegion(new Random(21))) {
            boolean expected = UTIL.isValidNumber(number);
            assertThat(plans.isValid(number, UTIL.getNationalSignificantNumber(number))).as("valid %s", number).isEqualTo(expected);
            valid += expected ? 1 : 0;
        }
        assertThat(valid).as("the sample has many valid numbers").isGreaterThan(10_000);
    }

    @Test
    void nationalDestinationCodeLength_overRandomAndExampleNumbers_answersAsLibphonenumber() {
        int withAreaCode = 0;
        for (PhoneNumber number : numbersOfEveryRegion(new Random(31))) {
            int expected = UTIL.getLengthOfNationalDestinationCode(number);
            String national = UTIL.getNationalSignificantNumber(number);
            assertThat(plans.nationalDestinationCodeLength(number, national)).as("NDC of %s", number).isEqualTo(expected);
            withAreaCode += expected > 0 ? 1 : 0;
        }
        assertThat(withAreaCode).as("the sample has many numbers with an area code").isGreaterThan(10_000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"20 7946 0958|2", "(030) 123456|3", "800 3569377|3", "3569377|0", "''|0", "1-2|1", "- 12 -|0"})
    void firstOfSeveralDigitGroups_countsTheFirstRunOfDigitsWhenThereAreTwoOrMore(String formatted, int expected) {
        assertThat(NumberingPlan.firstOfSeveralDigitGroups(formatted)).isEqualTo(expected);
    }

    /** Plain E.164 strings: every calling code, national parts of 0-18 digits, often starting with 0 or 1. */
    private static List<String> randomE164(Random random, int count) {
        List<Integer> codes = new ArrayList<>(new TreeSet<>(UTIL.getSupportedCallingCodes()));
        List<String> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder input = new StringBuilder("+").append(codes.get(random.nextInt(codes.size())));
            int length = random.nextInt(19);
            for (int k = 0; k < length; k++) {
                input.append(k == 0 && random.nextInt(4) == 0 ? random.nextInt(2) : random.nextInt(10));
            }
            inputs.add(input.toString());
        }
        return inputs;
    }

    /** libphonenumber's example numbers of every region and type, each with 30 random tails, and random E.164. */
    private static List<PhoneNumber> numbersOfEveryRegion(Random random) {
        List<String> inputs = new ArrayList<>();
        for (String region : new TreeSet<>(UTIL.getSupportedRegions())) {
            for (PhoneNumberType type : PhoneNumberType.values()) {
                PhoneNumber example = UTIL.getExampleNumberForType(region, type);
                if (example != null) {
                    inputs.addAll(withRandomTails(UTIL.format(example, PhoneNumberFormat.E164), random));
                }
            }
        }
        for (int code : new TreeSet<>(UTIL.getSupportedGlobalNetworkCallingCodes())) {
            inputs.addAll(withRandomTails(UTIL.format(UTIL.getExampleNumberForNonGeoEntity(code), PhoneNumberFormat.E164), random));
        }
        inputs.addAll(randomE164(random, 20_000));
        inputs.addAll(RandomPhoneNumbers.generate(random, 10_000));
        List<PhoneNumber> numbers = new ArrayList<>();
        for (String input : inputs) {
            PhoneNumber number = parseOrNull(input);
            if (number != null) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    private static List<String> withRandomTails(String e164, Random random) {
        List<String> numbers = new ArrayList<>(List.of(e164));
        for (int i = 0; i < 30; i++) {
            char[] digits = e164.toCharArray();
            int tail = Math.min(1 + random.nextInt(5), digits.length - 4);
            for (int k = digits.length - tail; k < digits.length; k++) {
                digits[k] = (char) ('0' + random.nextInt(10));
            }
            numbers.add(new String(digits));
        }
        return numbers;
    }

    private PhoneNumber parsePlans(String input) {
        try {
            return plans.parse(input, "US");
        } catch (NumberParseException e) {
            return null;
        }
    }

    private static PhoneNumber parseOrNull(String input) {
        try {
            return UTIL.parse(input, "US");
        } catch (NumberParseException e) {
            return null;
        }
    }
}
