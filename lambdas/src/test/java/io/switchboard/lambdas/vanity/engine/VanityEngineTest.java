package io.switchboard.lambdas.vanity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VanityEngineTest {
    private final VanityEngine engine = VanityEngine.standard();

    @Test
    void suggest_whenTollFreeFlowers_returnsFlowersFirst() {
        VanityResult result = engine.suggest("+18003569377");

        assertThat(result.status()).isEqualTo(VanityStatus.OK);
        assertThat(result.e164()).isEqualTo("+18003569377");
        assertThat(result.candidates().get(0).display()).isEqualTo("1-800-FLOWERS");
        assertThat(result.candidates().get(0).words()).containsExactly("FLOWERS");
    }

    @Test
    void suggest_whenGotJunkNumber_returnsTwoWordSplitFirst() {
        VanityCandidate best = engine.suggest("+18004685865").candidates().get(0);

        assertThat(best.display()).isEqualTo("1-800-GOT-JUNK");
        assertThat(best.words()).containsExactly("GOT", "JUNK");
    }

    @Test
    void suggest_whenGotJunkNumber_neverOffersTwoLetterWordBetweenDigits() {
        List<String> displays = engine.suggest("+18004685865").candidates().stream().map(VanityCandidate::display).toList();

        assertThat(displays).startsWith("1-800-GOT-JUNK", "1-800-HOT-JUNK")
                .doesNotContain("1-800-IN-8-JUNK", "1-800-GO-8-JUNK", "1-800-GOT-5-TO-5");
    }

    @Test
    void suggest_whenTwoLetterWordTouchesAWord_offersIt() {
        assertThat(engine.suggest("+18887129288").candidates()).extracting(VanityCandidate::display)
                .startsWith("1-888-71-BY-BUT");
    }

    @Test
    void suggest_whenContactsNumber_spellsSevenDigitSubscriberAsContact() {
        // 1-800-CONTACTS dials eight letters; the last one lands beyond the 10-digit number, so the
        // caller's real number +1 800 266 8228 spells CONTACT (7 letters) and nothing is invented.
        VanityResult result = engine.suggest("+18002668228");

        assertThat(result.candidates().get(0).display()).isEqualTo("1-800-CONTACT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(800) 356-9377", "1-800-356-9377", "800.356.9377", "+1 800 356 9377", " 8003569377 "})
    void suggest_whenNationalFormatTypedByPerson_parsesAsUsNumber(String typed) {
        VanityResult result = engine.suggest(typed);

        assertThat(result.e164()).isEqualTo("+18003569377");
        assertThat(result.candidates().get(0).display()).isEqualTo("1-800-FLOWERS");
    }

    @Test
    void suggest_whenUkDramaNumber_keepsCountryAndAreaCodeAsDigits() {
        VanityResult result = engine.suggest("+442079460958");

        assertThat(result.status()).isEqualTo(VanityStatus.OK);
        assertThat(result.candidates()).allSatisfy(c -> assertThat(c.display()).startsWith("+44 20 "));
        assertThat(result.candidates().get(0).display()).isEqualTo("+44 20 SWIM-0958");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+4930123456", "+61291234567", "+61412345678", "+33142685300", "+447911123456"})
    void suggest_whenInternationalNumber_keepsPrefixAndRoundTrips(String e164) {
        VanityResult result = engine.suggest(e164);

        assertThat(result.status()).isIn(VanityStatus.OK, VanityStatus.NO_VANITY);
        assertThat(result.e164()).isEqualTo(e164);
        assertThat(result.candidates()).allSatisfy(c -> {
            assertThat(dialled(c.display())).isEqualTo(e164.substring(1));
            assertThat(c.display()).startsWith(e164.substring(0, 3) + " ");
        });
    }

    @Test
    void suggest_whenGermanBerlinNumber_spellsOnlyDigitsAfterAreaCode() {
        VanityResult result = engine.suggest("+4930123456");

        assertThat(result.candidates()).isNotEmpty().allSatisfy(c -> assertThat(c.display()).startsWith("+49 30 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+18002001000", "+12125101010", "+18005100011"})
    void suggest_whenSubscriberIsMostlyZerosAndOnes_returnsNoVanity(String number) {
        VanityResult result = engine.suggest(number);

        assertThat(result.status()).isEqualTo(VanityStatus.NO_VANITY);
        assertThat(result.candidates()).isEmpty();
        assertThat(result.e164()).isEqualTo(number);
        assertThat(result.reason()).contains("0 and 1");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "anonymous", "Restricted", "+266696687", "+266 696 687", "123", "12345",
            "123456789012345678901234567890", "+1800FLOWERS", "+999123456789", "+18001010101", "++--()",
            "\u0000\u0001", "+", "1-800-356-937"})
    void suggest_whenNotADiallableNumber_returnsInvalidWithReason(String input) {
        VanityResult result = engine.suggest(input);

        assertThat(result.status()).isEqualTo(VanityStatus.INVALID_NUMBER);
        assertThat(result.reason()).isNotBlank();
        assertThat(result.e164()).isNull();
        assertThat(result.candidates()).isEmpty();
    }

    @Test
    void suggest_whenConnectAnonymousCaller_saysWithheld() {
        assertThat(engine.suggest("+266696687").reason()).contains("withheld");
    }

    @Test
    void suggest_whenVeryLongGarbage_neverThrows() {
        assertThat(engine.suggest("9".repeat(10_000)).status()).isEqualTo(VanityStatus.INVALID_NUMBER);
        assertThat(engine.suggest("+1 (800) ☎ 356-9377").status()).isNotNull();
    }

    @Test
    void suggest_overThousandsOfRandomNumbers_keepsInvariants() {
        Random random = new Random(20240501L);
        int ok = 0;
        for (String number : RandomPhoneNumbers.generate(random, 5_000)) {
            VanityResult first = engine.suggest(number);
            VanityResult second = engine.suggest(number);
            assertThat(second).as("deterministic for %s", number).isEqualTo(first);
            if (first.status() == VanityStatus.INVALID_NUMBER) {
                continue;
            }
            List<VanityCandidate> candidates = first.candidates();
            assertThat(candidates).hasSizeLessThanOrEqualTo(VanityEngine.MAX_CANDIDATES);
            assertThat(candidates).extracting(VanityCandidate::display).doesNotHaveDuplicates();
            assertThat(candidates).extracting(c -> c.display().replace("-", "")).doesNotHaveDuplicates();
            assertThat(candidates).extracting(c -> dialled(c.display()))
                    .allSatisfy(digits -> assertThat(digits).isEqualTo(first.e164().substring(1)));
            assertThat(candidates).extracting(VanityCandidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            assertThat(candidates).allSatisfy(c -> {
                assertThat(c.words()).isNotEmpty().anySatisfy(w -> assertThat(w).hasSizeGreaterThanOrEqualTo(3));
                assertThat(c.display()).doesNotContain("--").doesNotEndWith("-");
                c.words().forEach(w -> assertThat(c.display()).contains(w));
                assertThat(SpellerTest.untouchedTwoLetterWord(vanityPart(c.display())))
                        .as("a two-letter word next to a word in %s", c.display()).isFalse();
            });
            if (first.status() == VanityStatus.OK) {
                ok++;
            }
        }
        assertThat(ok).as("most random numbers spell something").isGreaterThan(2_500);
    }

    @Test
    void suggest_whenSevenDigitsSpellNothing_reachesBackIntoTheAreaCode() {
        VanityResult result = engine.suggest("+14158755920");

        assertThat(result.status()).isEqualTo(VanityStatus.OK);
        assertThat(result.candidates().get(0).display()).isEqualTo("1-41-LURK-5920");
        assertThat(result.candidates().get(0).explanation()).contains("of the 10 digits after the country code");
        assertThat(dialled(result.candidates().get(0).display())).isEqualTo("14158755920");
    }

    @Test
    void suggest_whenTollFreeNumberSpellsNothing_neverSpellsIntoTheEightHundred() {
        VanityResult result = engine.suggest("+18008755920");

        assertThat(result.status()).isEqualTo(VanityStatus.NO_VANITY);
    }

    @Test
    void suggest_whenSevenDigitsSpellSomething_keepsTheAreaCodeAsDigits() {
        VanityResult result = engine.suggest("+16175556338");

        assertThat(result.candidates()).isNotEmpty().allSatisfy(c -> assertThat(c.display()).startsWith("1-617-"));
        assertThat(result.candidates().get(0).display()).isEqualTo("1-617-555-MEET");
    }

    @Test
    void suggest_overRandomValidUsNumbers_findsAVanityNumberForAtLeast85Percent() {
        List<String> numbers = VanityCoverage.validUsNumbers(new Random(21), 2_000);

        long withVanity = numbers.stream().filter(n -> engine.suggest(n).status() == VanityStatus.OK).count();

        assertThat(withVanity).as("valid US numbers with a vanity number, of 2,000").isGreaterThanOrEqualTo(1_700);
    }

    @Test
    void suggest_whenLettersAreDistinctFromCandidatesOfOtherSplits_neverRepeatsSameLetters() {
        List<VanityCandidate> candidates = engine.suggest("+18003569377").candidates();

        assertThat(candidates).extracting(c -> c.display().replace("-", "")).doesNotHaveDuplicates();
    }

    @Test
    void suggest_whenFullCoverage_explainsRanking() {
        VanityCandidate best = engine.suggest("+18003569377").candidates().get(0);

        assertThat(best.explanation()).contains("all 7 digits").contains("FLOWERS").contains("frequency rank");
        assertThat(best.ssml()).isEqualTo("<say-as interpret-as=\"digits\">1800</say-as><break time=\"200ms\"/>flowers");
    }

    @Test
    void suggest_whenCalledFromManyThreads_givesSameResultsAsOneThread() {
        List<String> numbers = RandomPhoneNumbers.generate(new Random(7), 2_000);
        List<VanityResult> sequential = numbers.stream().map(engine::suggest).toList();

        List<VanityResult> parallel = numbers.parallelStream().map(engine::suggest).toList();

        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void standard_whenCalledTwice_returnsSameSharedEngine() {
        assertThat(VanityEngine.standard()).isSameAs(VanityEngine.standard());
    }

    /**
     * The display after its printed prefix ({@code 1-} or {@code +44 20 }): words and digit groups
     * joined by '-' (for NANP numbers the area code's group too, as words may reach into it).
     */
    static String vanityPart(String display) {
        return display.startsWith("+") ? display.substring(display.lastIndexOf(' ') + 1) : display.substring("1-".length());
    }

    /** The digits a display dials: letters through the keypad, separators dropped. */
    static String dialled(String display) {
        StringBuilder digits = new StringBuilder();
        for (char c : display.toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            } else if (Character.isLetter(c)) {
                assertThat(Character.isUpperCase(c) && Keypad.digitOf(c) >= 2)
                        .as("only upper-case letters on a key (A-Z, or accented on its base letter's key) in %s", display).isTrue();
                digits.append((char) ('0' + Keypad.digitOf(c)));
            }
        }
        return digits.toString();
    }
}
