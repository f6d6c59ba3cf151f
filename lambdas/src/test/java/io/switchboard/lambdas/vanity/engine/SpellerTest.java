package io.switchboard.lambdas.vanity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellerTest {
    private final Speller speller = new Speller(VanityDictionary.fromLines(
            List.of("go", "in", "got", "hot", "junk", "flow", "flowers", "err", "my", "apple", "cat")));

    /** Many two-letter words and short words, so the rules decide a lot. */
    private static final VanityDictionary SMALL = VanityDictionary.fromLines(List.of(
            "go", "in", "to", "my", "by", "at", "up", "be", "we", "me", "do", "no", "it", "is", "he", "of",
            "got", "hot", "but", "cut", "yak", "bike", "junk", "apple", "flow", "flowers", "err", "cat", "act",
            "bat", "all", "ball", "call", "fur", "who", "win", "swim", "tie", "dog", "dot", "god", "need"));

    @Test
    void best_whenOneWordCoversAll_ranksItAboveTwoWordSplit() {
        List<Spelling> best = speller.best("3569377", 5);

        assertThat(best).extracting(Spelling::text).startsWith("FLOWERS", "FLOWERR");
    }

    @Test
    void best_whenTwoWordsCoverAll_prefersMoreFrequentFirstWord() {
        assertThat(speller.best("4685865", 5)).extracting(Spelling::text).startsWith("GOTJUNK", "HOTJUNK");
    }

    @Test
    void best_whenOnlyTwoLetterWordsFit_returnsNothing() {
        assertThat(speller.best("4646", 5)).isEmpty();
    }

    @Test
    void best_whenZerosAndOnesSeparateWords_keepsThemAsDigits() {
        assertThat(speller.best("228027753", 5)).extracting(SpellingTest::split).first().isEqualTo("CAT-0-APPLE");
    }

    @Test
    void best_whenOnlyADigitSeparatesTwoLetterWordFromWord_keepsTheTwoLetterDigitsAsDigits() {
        assertThat(speller.best("69027753", 5)).extracting(SpellingTest::split).first().isEqualTo("6-9-0-APPLE");
    }

    @Test
    void best_whenDigitsHaveNoLetters_returnsNothing() {
        assertThat(speller.best("1001010", 5)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "6927753, MY-APPLE",       // before the word it touches
            "5865466, JUNK-GO-6",      // after the word it touches, then a digit
            "462453, GO-BIKE",
            "29288, BY-BUT",
            "28288925, AT-BUT-YAK",
            "4685865, GOT-JUNK",
            "2468, 2-GOT",             // digits next to words of three letters or more are fine
            "58654, JUNK-4",
    })
    void best_whenTwoLetterWordTouchesAnotherWord_offersIt(String digits, String split) {
        assertThat(new Speller(SMALL).best(digits, 20)).extracting(SpellingTest::split).contains(split);
    }

    @ParameterizedTest
    @CsvSource({
            "4685865, IN-8-JUNK",
            "4685865, GO-8-JUNK",
            "4685865, GOT-5-TO-5",
            "2464, 2-GO-4",
            "69027753, MY-0-APPLE",
            "468, IN-8",
            "24685865, 2-IN-8-JUNK",
    })
    void best_whenTwoLetterWordHasNoWordNextToIt_neverOffersIt(String digits, String split) {
        List<String> splits = new Speller(SMALL).best(digits, 50).stream().map(SpellingTest::split).toList();

        assertThat(splits).doesNotContain(split)
                .allSatisfy(s -> assertThat(untouchedTwoLetterWord(s)).as(s).isFalse());
    }

    @Test
    void best_whenTheOnlyWordsAreLoneTwoLetterOnesAndAMainWord_returnsOnlyTheMainWord() {
        // 1-800-468-5865 with IN/GO/TO on their own: only JUNK and GOT/HOT (alone or together) remain.
        List<String> splits = new Speller(SMALL).best("4685865", 50).stream().map(SpellingTest::split).toList();

        assertThat(splits).contains("GOT-JUNK", "4-6-8-JUNK", "GOT-5-8-6-5")
                .noneSatisfy(s -> assertThat(s).matches("(.*-)?(IN|GO|TO)(-[0-9].*|$)"));
    }

    /** A brute-force reference: every tokenisation, filtered by the rules, deduplicated by text, sorted. */
    @Test
    void best_overRandomDigitStrings_equalsBruteForceWithSmallDictionary() {
        Random random = new Random(11);
        Speller fast = new Speller(SMALL);
        BruteForce slow = new BruteForce(SMALL);
        int nonEmpty = 0;
        int withTwoLetterWord = 0;
        for (int i = 0; i < 5_000; i++) {
            String digits = wordyDigits(random, SMALL, 2 + random.nextInt(9));
            int limit = 1 + random.nextInt(8);
            List<String> expected = slow.best(digits, limit);
            assertThat(fast.best(digits, limit)).extracting(SpellingTest::split).as("%s limit %d", digits, limit)
                    .containsExactlyElementsOf(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
            withTwoLetterWord += expected.stream().anyMatch(s -> s.matches("(.*-)?[A-Z]{2}(-.*)?")) ? 1 : 0;
        }
        assertThat(nonEmpty).as("the sample spells something often").isGreaterThan(3_000);
        assertThat(withTwoLetterWord).as("and often with a two-letter word").isGreaterThan(1_000);
    }

    @Test
    void best_overRandomSubscriberNumbers_equalsBruteForceWithBundledDictionary() {
        Random random = new Random(12);
        Speller fast = new Speller(VanityDictionary.standard());
        BruteForce slow = new BruteForce(VanityDictionary.standard());
        for (int i = 0; i < 300; i++) {
            String digits = randomDigits(random, 7);
            assertThat(fast.best(digits, VanityEngine.MAX_CANDIDATES)).extracting(SpellingTest::split).as(digits)
                    .containsExactlyElementsOf(slow.best(digits, VanityEngine.MAX_CANDIDATES));
        }
    }

    @Test
    void best_overRandomSubscriberNumbers_neverLeavesATwoLetterWordAlone() {
        Random random = new Random(13);
        Speller standard = new Speller(VanityDictionary.standard());
        int twoLetterWords = 0;
        for (int i = 0; i < 5_000; i++) {
            String digits = randomDigits(random, 7 + random.nextInt(2));
            for (Spelling spelling : standard.best(digits, VanityEngine.MAX_CANDIDATES)) {
                String split = SpellingTest.split(spelling);
                assertThat(untouchedTwoLetterWord(split)).as(split).isFalse();
                assertThat(dialled(spelling)).as(split).isEqualTo(digits);
                twoLetterWords += split.matches("(.*-)?[A-Z]{2}(-.*)?") ? 1 : 0;
            }
        }
        assertThat(twoLetterWords).as("two-letter words next to words are still offered").isGreaterThan(100);
    }

    /** True when a two-letter word in the dashed split has no word right before or after it. */
    static boolean untouchedTwoLetterWord(String split) {
        String[] tokens = split.split("-");
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].length() == 2 && isWord(tokens[i])
                    && !(i > 0 && isWord(tokens[i - 1])) && !(i + 1 < tokens.length && isWord(tokens[i + 1]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(String token) {
        return Character.isLetter(token.charAt(0));
    }

    private static String dialled(Spelling spelling) {
        StringBuilder digits = new StringBuilder();
        for (char c : spelling.text().toCharArray()) {
            digits.append(Character.isDigit(c) ? c : (char) ('0' + Keypad.digitOf(c)));
        }
        return digits.toString();
    }

    /** Digits that often dial words of {@code dictionary}: its words' digits and random digits, cut to {@code length}. */
    private static String wordyDigits(Random random, VanityDictionary dictionary, int length) {
        StringBuilder digits = new StringBuilder();
        while (digits.length() < length) {
            if (random.nextInt(3) == 0) {
                digits.append(random.nextInt(10));
            } else {
                for (char c : dictionary.word(random.nextInt(dictionary.size())).toCharArray()) {
                    digits.append((char) ('0' + Keypad.digitOf(c)));
                }
            }
        }
        return digits.substring(0, length);
    }

    /** Mostly 2-9, some 0 and 1, as in real numbers. */
    private static String randomDigits(Random random, int length) {
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append(random.nextInt(6) == 0 ? random.nextInt(2) : 2 + random.nextInt(8));
        }
        return digits.toString();
    }

    /**
     * The rules written out plainly: every way to cut the digits into words and kept digits,
     * without any bound per position, kept when it has at most 3 words, a word of 3+ letters, at
     * most one two-letter word and every two-letter word next to another word; then best first,
     * one per text.
     */
    static final class BruteForce {
        private final Map<String, List<Integer>> wordsByDigits = new HashMap<>();
        private final VanityDictionary dictionary;

        BruteForce(VanityDictionary dictionary) {
            this.dictionary = dictionary;
            for (int id = 0; id < dictionary.size(); id++) {
                StringBuilder digits = new StringBuilder();
                for (char c : dictionary.word(id).toCharArray()) {
                    digits.append((char) ('0' + Keypad.digitOf(c)));
                }
                wordsByDigits.computeIfAbsent(digits.toString(), k -> new ArrayList<>()).add(id);
            }
        }

        List<String> best(String digits, int limit) {
            List<Spelling> all = new ArrayList<>();
            cut(digits, 0, new ArrayList<>(), all);
            all.sort(Spelling.BEST_FIRST);
            Set<String> texts = new HashSet<>();
            List<String> best = new ArrayList<>();
            for (Spelling spelling : all) {
                if (best.size() < limit && texts.add(spelling.text())) {
                    best.add(SpellingTest.split(spelling));
                }
            }
            return best;
        }

        /** Tokens as word ids, or -1 - digit for a kept digit. */
        private void cut(String digits, int from, List<Integer> tokens, List<Spelling> out) {
            if (from == digits.length()) {
                if (allowed(tokens)) {
                    out.add(spelling(digits, tokens));
                }
                return;
            }
            tokens.add(-1 - (digits.charAt(from) - '0'));
            cut(digits, from + 1, tokens, out);
            tokens.remove(tokens.size() - 1);
            if (tokens.stream().filter(t -> t >= 0).count() == Speller.MAX_WORDS) {
                return;
            }
            for (int end = from + 1; end <= digits.length(); end++) {
                for (int id : wordsByDigits.getOrDefault(digits.substring(from, end), List.of())) {
                    tokens.add(id);
                    cut(digits, end, tokens, out);
                    tokens.remove(tokens.size() - 1);
                }
            }
        }

        private boolean allowed(List<Integer> tokens) {
            int words = 0;
            int twoLetter = 0;
            boolean main = false;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i) < 0) {
                    continue;
                }
                int length = dictionary.word(tokens.get(i)).length();
                words++;
                main |= length >= Speller.MIN_MAIN_WORD;
                if (length == 2) {
                    twoLetter++;
                    boolean touches = i > 0 && tokens.get(i - 1) >= 0 || i + 1 < tokens.size() && tokens.get(i + 1) >= 0;
                    if (!touches) {
                        return false;
                    }
                }
            }
            return words <= Speller.MAX_WORDS && main && twoLetter <= 1;
        }

        private Spelling spelling(String digits, List<Integer> tokens) {
            Spelling spelling = Spelling.EMPTY;
            int at = digits.length();
            for (int i = tokens.size() - 1; i >= 0; i--) {
                int token = tokens.get(i);
                if (token < 0) {
                    spelling = spelling.prependDigit(digits.charAt(--at));
                } else {
                    String word = dictionary.word(token);
                    at -= word.length();
                    spelling = spelling.prependWord(word, token, Spelling.costOfRank(token));
                }
            }
            return spelling;
        }
    }
}
