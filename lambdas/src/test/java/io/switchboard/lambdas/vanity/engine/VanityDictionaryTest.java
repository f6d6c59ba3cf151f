package io.switchboard.lambdas.vanity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VanityDictionaryTest {
    private final VanityDictionary dictionary = VanityDictionary.standard();

    @Test
    void standard_whenLoaded_holdsTensOfThousandsOfWordsWithoutProfanity() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < dictionary.size(); i++) {
            words.add(dictionary.word(i));
        }

        assertThat(dictionary.size()).isBetween(20_000, 50_000);
        assertThat(words).contains("FLOWERS", "GOT", "JUNK", "CONTACT", "CODE")
                .doesNotContain("FUCK", "SHIT", "ASS", "DON", "RE", "A", "I")
                .allSatisfy(w -> assertThat(w).matches("[A-Z]{2,10}"));
    }

    @Test
    void wordsStartingAt_returnsWordsForEveryEndMostFrequentFirst() {
        byte[] digits = {4, 6, 8, 5, 8, 6, 5};
        int[] pairs = dictionary.wordsStartingAt(digits, 0, 10);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            found.add(dictionary.word(pairs[i]) + "/" + pairs[i + 1]);
        }

        assertThat(found).contains("GOT/3", "IN/2", "GO/2");
        assertThat(found.indexOf("GOT/3")).isLessThan(found.indexOf("HOT/3"));
    }

    @Test
    void fromLines_skipsLinesThatAreNotLowerCaseWords() {
        VanityDictionary small = VanityDictionary.fromLines(List.of("cat", "", "Dog", "x-ray", "bat"));

        assertThat(small.size()).isEqualTo(2);
        assertThat(small.word(0)).isEqualTo("CAT");
        assertThat(small.word(1)).isEqualTo("BAT");
    }

    @Test
    void keypad_mapsWordsToTheDigitsThatDialThem() {
        assertThat(Keypad.digitsOf("flowers")).isEqualTo("3569377");
        assertThat(Keypad.digitsOf("GOTJUNK")).isEqualTo("4685865");
        assertThat(Keypad.digitOf('1')).isEqualTo(-1);
    }
}
