package io.switchboard.lambdas.vanity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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
        assertThat(words).contains("FLOWERS", "GOT", "JUNK", "CONTACT", "CODE", "MEDS", "USA", "TV", "PC", "DVD")
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
    void wordsStartingAt_overRandomDigits_findsWhatScanningEveryWordFinds() {
        Random random = new Random(8);
        String[] dialled = new String[dictionary.size()];
        for (int id = 0; id < dialled.length; id++) {
            dialled[id] = Keypad.digitsOf(dictionary.word(id));
        }
        for (int n = 0; n < 300; n++) {
            byte[] digits = new byte[4 + random.nextInt(6)];
            for (int i = 0; i < digits.length; i++) {
                digits[i] = (byte) (random.nextInt(5) == 0 ? random.nextInt(10) : 2 + random.nextInt(8));
            }
            int from = random.nextInt(digits.length);
            int limit = 1 + random.nextInt(6);

            assertThat(pairs(dictionary.wordsStartingAt(digits, from, limit)))
                    .as("from %d of %s, limit %d", from, Arrays.toString(digits), limit)
                    .isEqualTo(scanAllWords(dialled, digits, from, limit));
        }
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

    @Test
    void keypad_whenAccentedLetters_dialsTheBaseLettersKeyAndSharpSOnSeven() {
        assertThat(Keypad.digitsOf("grün")).isEqualTo(Keypad.digitsOf("grun"));
        assertThat(Keypad.digitsOf("ÄÖÜ")).isEqualTo("268");
        assertThat(Keypad.digitsOf("straße")).isEqualTo("787273");
        assertThat(Keypad.digitsOf("élève")).isEqualTo(Keypad.digitsOf("eleve"));
        assertThat(Keypad.digitsOf("niño")).isEqualTo("6466");
        assertThat(Keypad.digitsOf("ça")).isEqualTo("22");
        assertThat(Keypad.digitOf('œ')).isEqualTo(-1);
    }

    @Test
    void fromLines_whenAccentedWords_keepsTheirLettersInUpperCase() {
        VanityDictionary small = VanityDictionary.fromLines(List.of("straße", "grün", "Öl", "été"));

        assertThat(small.size()).isEqualTo(3);
        assertThat(small.word(0)).isEqualTo("STRAẞE");
        assertThat(small.word(1)).isEqualTo("GRÜN");
        assertThat(small.word(2)).isEqualTo("ÉTÉ");
        assertThat(pairs(small.wordsStartingAt(new byte[] {4, 7, 8, 6}, 0, 5))).containsExactly(1 + "/" + 4);
    }

    /** For every end in order, the first {@code limit} word ids (most frequent first) that dial digits[from..end). */
    private static List<String> scanAllWords(String[] dialled, byte[] digits, int from, int limit) {
        List<String> found = new ArrayList<>();
        for (int end = from + 1; end <= digits.length; end++) {
            StringBuilder wanted = new StringBuilder();
            for (int i = from; i < end; i++) {
                wanted.append(digits[i]);
            }
            int taken = 0;
            for (int id = 0; id < dialled.length && taken < limit; id++) {
                if (dialled[id].contentEquals(wanted)) {
                    found.add(id + "/" + end);
                    taken++;
                }
            }
        }
        return found;
    }

    private static List<String> pairs(int[] flat) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < flat.length; i += 2) {
            pairs.add(flat[i] + "/" + flat[i + 1]);
        }
        return pairs;
    }
}
