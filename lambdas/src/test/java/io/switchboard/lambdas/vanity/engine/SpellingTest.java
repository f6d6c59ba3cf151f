package io.switchboard.lambdas.vanity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Spelling} compares without building its text; it must order exactly as the strings would. */
class SpellingTest {
    /** The ordering as first written, over the built strings. */
    private static final Comparator<Spelling> BY_STRINGS = Comparator
            .comparingInt((Spelling s) -> -s.letters())
            .thenComparingInt(Spelling::words)
            .thenComparingDouble(Spelling::cost)
            .thenComparing(Spelling::text)
            .thenComparing(SpellingTest::split);

    @Test
    void bestFirst_overRandomSpellingsWithManyTies_ordersAsTheirStrings() {
        Random random = new Random(5);
        List<Spelling> spellings = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            spellings.add(randomSpelling(random, 3 + random.nextInt(3)));
        }
        int ties = 0;
        for (Spelling a : spellings) {
            for (Spelling b : spellings) {
                int expected = Integer.signum(BY_STRINGS.compare(a, b));
                assertThat(Integer.signum(Spelling.BEST_FIRST.compare(a, b)))
                        .as("%s vs %s", split(a), split(b)).isEqualTo(expected);
                assertThat(a.sameText(b)).as("%s same text as %s", split(a), split(b)).isEqualTo(a.text().equals(b.text()));
                ties += a != b && a.text().equals(b.text()) ? 1 : 0;
            }
        }
        assertThat(ties).as("the sample has equal texts with different splits").isGreaterThan(1_000);
    }

    @Test
    void text_joinsTokensWithoutSeparators() {
        Spelling spelling = Spelling.EMPTY.prependWord("CODE", 9, Spelling.costOfRank(9))
                .prependDigit('5').prependDigit('5');

        assertThat(spelling.text()).isEqualTo("55CODE");
        assertThat(split(spelling)).isEqualTo("5-5-CODE");
        assertThat(spelling.letters()).isEqualTo(4);
        assertThat(spelling.words()).isEqualTo(1);
    }

    /** Letters A/B and digits 2/3 in short tokens with ranks 0-1: many spellings share text, totals, or both. */
    private static Spelling randomSpelling(Random random, int length) {
        String[] words = {"A", "B", "AB", "BA", "AA", "ABA", "BAB"};
        Spelling spelling = Spelling.EMPTY;
        int left = length;
        while (left > 0) {
            if (random.nextBoolean()) {
                spelling = spelling.prependDigit(random.nextBoolean() ? '2' : '3');
                left--;
            } else {
                String word = words[random.nextInt(words.length)];
                if (word.length() <= left) {
                    int rank = random.nextInt(2);
                    spelling = spelling.prependWord(word, rank, Spelling.costOfRank(rank));
                    left -= word.length();
                }
            }
        }
        return spelling;
    }

    /** Tokens joined by '-', every kept digit its own token. */
    static String split(Spelling spelling) {
        List<String> tokens = new ArrayList<>();
        for (Spelling s = spelling; !s.isEmpty(); s = s.tail()) {
            tokens.add(s.token());
        }
        return String.join("-", tokens);
    }
}
