package io.switchboard.lambdas.vanity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class BusinessWordsTest {
    @Test
    void parse_whenCommaSeparatedWithSpacesAndRepeats_keepsEachWordOnceInUpperCase() {
        assertThat(BusinessWords.parse(" fedex, ACME ,,Acme, München").words()).containsExactly("FEDEX", "ACME", "MÜNCHEN");
        assertThat(BusinessWords.parse("").isEmpty()).isTrue();
        assertThat(BusinessWords.parse(null).isEmpty()).isTrue();
    }

    @Test
    void parse_whenDigitsOrPunctuation_saysWhichWordAndWhy() {
        assertThatThrownBy(() -> BusinessWords.parse("ACME,3M")).hasMessageContaining("\"3M\"").hasMessageContaining("letters only");
        assertThatThrownBy(() -> BusinessWords.parse("AT&T")).hasMessageContaining("letters only");
        assertThatThrownBy(() -> BusinessWords.parse("NEW YORK")).hasMessageContaining("letters only");
    }

    @Test
    void parse_whenTooShortOrTooLong_saysTheLimits() {
        assertThatThrownBy(() -> BusinessWords.parse("GE")).hasMessageContaining("3 to 12");
        assertThatThrownBy(() -> BusinessWords.parse("SUPERCALIFRAGILISTIC")).hasMessageContaining("3 to 12");
    }

    @Test
    void parse_whenProfane_refusesIt() {
        assertThatThrownBy(() -> BusinessWords.parse("ACME,Shit")).hasMessageContaining("profanity");
        assertThatThrownBy(() -> BusinessWords.parse("arschloch")).hasMessageContaining("profanity");
    }

    @Test
    void parse_whenMoreThanFiftyWords_refusesThem() {
        String many = String.join(",", Collections.nCopies(51, "X")).replace("X", "WORD");
        StringBuilder distinct = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            distinct.append(i == 0 ? "" : ",").append("WORD").append((char) ('A' + i % 26)).append((char) ('A' + i / 26));
        }

        assertThat(BusinessWords.parse(many).words()).containsExactly("WORD");
        assertThatThrownBy(() -> BusinessWords.parse(distinct.toString())).hasMessageContaining("at most 50");
    }

    @Test
    void withBusinessWords_rankAboveDictionaryWordsOfTheSameLength() {
        // 4663 spells GOOD, HOME and GONE (nothing longer fits 510-4663); INOD is only the business's word
        VanityResult plain = VanityEngine.standard().suggest("+12125104663");
        VanityResult withWords = VanityEngine.withBusinessWords(BusinessWords.parse("INOD")).suggest("+12125104663");

        assertThat(plain.candidates()).extracting(VanityCandidate::display).doesNotContain("1-212-510-INOD");
        assertThat(withWords.candidates().get(0).display()).isEqualTo("1-212-510-INOD");
        assertThat(withWords.candidates().get(0).explanation()).contains("INOD (the business's own word)");
        assertThat(withWords.candidates()).extracting(VanityCandidate::display).contains("1-212-510-GOOD");
    }

    @Test
    void withBusinessWords_spellBrandsInEveryLanguage() {
        VanityEngine engine = VanityEngine.withBusinessWords(BusinessWords.parse("KLARNO"));

        assertThat(engine.suggest("+18005527661").candidates().get(0).display()).isEqualTo("1-800-KLARNO-1");
        assertThat(engine.suggest("+4930552766", "de-DE").candidates().get(0).display()).isEqualTo("+49 30 KLARNO");
    }
}
