package io.switchboard.lambdas.vanity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class VanityLanguagesTest {
    private final VanityEngine engine = VanityEngine.standard();

    @ParameterizedTest
    @CsvSource({
            "de-DE, GERMAN", "de_AT, GERMAN", "DE, GERMAN", "fr-CA, FRENCH", "fr, FRENCH", "es-MX, SPANISH",
            "en-GB, ENGLISH", "en-US, ENGLISH"})
    void fromTag_readsThePrimarySubtagInAnyCase(String tag, VanityLanguage expected) {
        assertThat(VanityLanguage.fromTag(tag)).contains(expected);
    }

    @Test
    void fromTag_whenBlankOrALanguageWithoutWords_isEmpty() {
        assertThat(VanityLanguage.fromTag(null)).isEmpty();
        assertThat(VanityLanguage.fromTag(" ")).isEmpty();
        assertThat(VanityLanguage.fromTag("it-IT")).isEmpty();
    }

    @Test
    void suggest_whenLanguageAsked_spellsInItWhateverTheCountry() {
        assertThat(engine.suggest("+18003569377", "de-DE").language()).isEqualTo(VanityLanguage.GERMAN);
        assertThat(engine.suggest("+4930123456", "es-ES").language()).isEqualTo(VanityLanguage.SPANISH);
    }

    @Test
    void suggest_whenNoLanguageAsked_goesByTheCallersCountryElseEnglish() {
        assertThat(engine.suggest("+4930123456").language()).isEqualTo(VanityLanguage.GERMAN);
        assertThat(engine.suggest("+43150150", null).language()).isEqualTo(VanityLanguage.GERMAN);
        assertThat(engine.suggest("+33142685300", "").language()).isEqualTo(VanityLanguage.FRENCH);
        assertThat(engine.suggest("+34912345678").language()).isEqualTo(VanityLanguage.SPANISH);
        assertThat(engine.suggest("+525555555555").language()).isEqualTo(VanityLanguage.SPANISH);
        assertThat(engine.suggest("+442079460958").language()).isEqualTo(VanityLanguage.ENGLISH);
        assertThat(engine.suggest("+18003569377").language()).isEqualTo(VanityLanguage.ENGLISH);
        assertThat(engine.suggest("+390612345678").language()).isEqualTo(VanityLanguage.ENGLISH);
    }

    @Test
    void suggest_whenLanguageHasNoWords_goesByTheCountry() {
        assertThat(engine.suggest("+4930123456", "it-IT").language()).isEqualTo(VanityLanguage.GERMAN);
    }

    @Test
    void suggest_inGerman_spellsGermanWordsWithUmlautsOnTheirBaseKeys() {
        // GRÜN dials 4786 like GRUN; the Berlin number ends in it
        VanityResult result = engine.suggest("+4930104786", "de-DE");

        assertThat(result.candidates()).extracting(VanityCandidate::display).contains("+49 30 10-GRÜN");
    }

    @ParameterizedTest
    @EnumSource(VanityLanguage.class)
    void suggest_inEveryLanguage_everyCandidateDialsTheCallersExactDigitsWithItsOwnWords(VanityLanguage language) {
        VanityDictionary dictionary = VanityDictionary.bundled(language);
        Set<String> known = new HashSet<>();
        for (int i = 0; i < dictionary.size(); i++) {
            known.add(dictionary.word(i));
        }
        int ok = 0;
        for (String number : RandomPhoneNumbers.generate(new Random(language.ordinal() + 31L), 1_500)) {
            VanityResult result = engine.suggest(number, language.ssmlLanguage());
            if (result.status() == VanityStatus.INVALID_NUMBER) {
                continue;
            }
            assertThat(result.language()).isEqualTo(language);
            for (VanityCandidate c : result.candidates()) {
                assertThat(VanityEngineTest.dialled(c.display())).as(c.display()).isEqualTo(result.e164().substring(1));
                assertThat(c.words().stream().allMatch(known::contains)).as("%s is made of %s words", c.display(), language).isTrue();
                assertThat(c.words()).as(c.display()).anySatisfy(w -> assertThat(w).hasSizeGreaterThanOrEqualTo(3));
                assertThat(SpellerTest.untouchedTwoLetterWord(VanityEngineTest.vanityPart(c.display()))).as(c.display()).isFalse();
            }
            ok += result.status() == VanityStatus.OK ? 1 : 0;
        }
        assertThat(ok).as("numbers that spell something in %s", language).isGreaterThan(500);
    }

    @ParameterizedTest
    @EnumSource(VanityLanguage.class)
    void bundled_everyLanguageHoldsThousandsOfWordsWithoutProfanity(VanityLanguage language) {
        VanityDictionary dictionary = VanityDictionary.bundled(language);

        assertThat(dictionary.size()).isGreaterThan(5_000);
        for (int i = 0; i < dictionary.size(); i++) {
            String word = dictionary.word(i);
            assertThat(BusinessWords.problem(word)).as(word).isNotEqualTo("is on the profanity list");
        }
    }
}
