package io.switchboard.lambdas.vanity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CandidateFormatter} writes everything in one pass; it must give exactly what the plain
 * definitions below (groups joined by '-', spoken parts joined by pauses) give.
 */
class CandidateFormatterTest {
    private static final String PAUSE = "<break time=\"200ms\"/>";

    private final CandidateFormatter formatter = new CandidateFormatter();
    private final CallerNumberParser parser = new CallerNumberParser();
    private final Speller speller = new Speller(VanityDictionary.standard());

    @Test
    void format_overRandomNumbersOfEveryCountryInTheMix_matchesThePlainDefinitions() {
        int checked = 0;
        for (String raw : RandomPhoneNumbers.generate(new Random(3), 4_000)) {
            if (!(parser.parse(raw) instanceof CallerNumberParser.Parsed parsed)) {
                continue;
            }
            CallerNumber number = parsed.number();
            List<Spelling> spellings = speller.best(number.vanityDigits(), VanityEngine.MAX_CANDIDATES);
            List<VanityCandidate> candidates = formatter.format(number, spellings);
            assertThat(candidates).hasSameSizeAs(spellings);
            for (int i = 0; i < spellings.size(); i++) {
                assertThat(candidates.get(i)).as("candidate %d of %s", i, raw).isEqualTo(expected(number, spellings.get(i)));
                assertThat(formatter.format(number, spellings.get(i))).isEqualTo(candidates.get(i));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void format_whenDigitsBetweenWords_groupsThemAndReadsThemDigitByDigit() {
        CallerNumber number = new CallerNumber("+442079460958", 44, "20", "79460958", "GB");
        Spelling spelling = Spelling.EMPTY.prependDigit('8').prependDigit('5').prependDigit('9').prependDigit('0')
                .prependWord("SWIM", 2000, Spelling.costOfRank(2000));

        VanityCandidate candidate = formatter.format(number, spelling);

        assertThat(candidate.display()).isEqualTo("+44 20 SWIM-0958");
        assertThat(candidate.ssml()).isEqualTo("plus <say-as interpret-as=\"digits\">44</say-as>" + PAUSE
                + "<say-as interpret-as=\"digits\">20</say-as>" + PAUSE + "swim" + PAUSE
                + "<say-as interpret-as=\"digits\">0958</say-as>");
        assertThat(candidate.explanation()).startsWith("spells 4 of the 8 digits after the area code with 1 word: SWIM (frequency rank 2001). ");
    }

    /** The candidate by the plain definitions. */
    private static VanityCandidate expected(CallerNumber number, Spelling spelling) {
        List<String> groups = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> ranked = new ArrayList<>();
        StringBuilder digits = new StringBuilder();
        for (Spelling s = spelling; !s.isEmpty(); s = s.tail()) {
            if (s.isWord()) {
                if (!digits.isEmpty()) {
                    groups.add(digits.toString());
                    digits.setLength(0);
                }
                groups.add(s.token());
                words.add(s.token());
                ranked.add(s.token() + " (frequency rank " + (s.rank() + 1) + ")");
            } else {
                digits.append(s.token());
            }
        }
        if (!digits.isEmpty()) {
            groups.add(digits.toString());
        }
        String body = String.join("-", groups);
        String display = number.isNanp() ? "1-" + number.areaCode() + "-" + body
                : "+" + number.countryCode() + " " + (number.areaCode().isEmpty() ? "" : number.areaCode() + " ") + body;
        List<String> spoken = new ArrayList<>();
        if (number.isNanp()) {
            spoken.add(sayDigits("1" + number.areaCode()));
        } else {
            spoken.add("plus " + sayDigits(String.valueOf(number.countryCode())));
            if (!number.areaCode().isEmpty()) {
                spoken.add(sayDigits(number.areaCode()));
            }
        }
        for (String group : groups) {
            spoken.add(Character.isDigit(group.charAt(0)) ? sayDigits(group) : group.toLowerCase(Locale.ROOT));
        }
        int total = number.vanityDigits().length();
        String coverage = spelling.letters() == total
                ? "spells all " + total + " digits after the area code"
                : "spells " + spelling.letters() + " of the " + total + " digits after the area code";
        String explanation = coverage + " with " + spelling.words() + (spelling.words() == 1 ? " word: " : " words: ")
                + String.join(", ", ranked)
                + ". Ranked by digits spelled, then fewer words, then the business's own words, then how common the words are in spoken English;"
                + " offered only with a word of 3+ letters, at most 3 words, a two-letter word only next to another word.";
        return new VanityCandidate(display, String.join(PAUSE, spoken), words, CandidateFormatter.score(spelling), explanation);
    }

    private static String sayDigits(String digits) {
        return "<say-as interpret-as=\"digits\">" + digits + "</say-as>";
    }
}
