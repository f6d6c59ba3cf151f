package io.switchboard.lambdas.vanity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellerTest {
    private final Speller speller = new Speller(VanityDictionary.fromLines(
            List.of("go", "in", "got", "hot", "junk", "flow", "flowers", "err", "my", "apple", "cat")));

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
        assertThat(speller.best("69027753", 5)).extracting(Spelling::text).first().isEqualTo("MY0APPLE");
    }

    @Test
    void best_whenDigitsHaveNoLetters_returnsNothing() {
        assertThat(speller.best("1001010", 5)).isEmpty();
    }
}
