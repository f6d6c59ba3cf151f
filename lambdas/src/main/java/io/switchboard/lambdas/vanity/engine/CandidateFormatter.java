package io.switchboard.lambdas.vanity.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a {@link Spelling} of a caller's vanity digits into what people read and hear. */
final class CandidateFormatter {
    private static final String PAUSE = "<break time=\"200ms\"/>";

    VanityCandidate format(CallerNumber number, Spelling spelling) {
        List<String> groups = groups(spelling.tokens());
        List<String> words = spelling.tokens().stream().filter(Spelling.Token::isWord).map(Spelling.Token::text).toList();
        return new VanityCandidate(
                display(number, groups),
                ssml(number, groups),
                words,
                score(spelling),
                explanation(number, spelling));
    }

    /**
     * One number for sorting and for people: letters x 1000 - words x 100 - frequency cost.
     * The cost (sum of ln(rank + 2), at most ~32 for three words) never outweighs one word or one
     * letter, so ordering by score is ordering by the engine's key.
     */
    static double score(Spelling spelling) {
        double raw = spelling.letters() * 1000.0 - spelling.words() * 100.0 - spelling.cost();
        return Math.round(raw * 1000.0) / 1000.0;
    }

    /** Words stay words; consecutive kept digits merge into one group: [555, CODE]. */
    private static List<String> groups(List<Spelling.Token> tokens) {
        List<String> groups = new ArrayList<>();
        StringBuilder digits = new StringBuilder();
        for (Spelling.Token token : tokens) {
            if (token.isWord()) {
                if (!digits.isEmpty()) {
                    groups.add(digits.toString());
                    digits.setLength(0);
                }
                groups.add(token.text());
            } else {
                digits.append(token.text());
            }
        }
        if (!digits.isEmpty()) {
            groups.add(digits.toString());
        }
        return groups;
    }

    private static String display(CallerNumber number, List<String> groups) {
        String body = String.join("-", groups);
        if (number.isNanp()) {
            return "1-" + number.areaCode() + "-" + body;
        }
        String area = number.areaCode().isEmpty() ? "" : number.areaCode() + " ";
        return "+" + number.countryCode() + " " + area + body;
    }

    private static String ssml(CallerNumber number, List<String> groups) {
        List<String> spoken = new ArrayList<>();
        if (number.isNanp()) {
            spoken.add(digits("1" + number.areaCode()));
        } else {
            spoken.add("plus " + digits(String.valueOf(number.countryCode())));
            if (!number.areaCode().isEmpty()) {
                spoken.add(digits(number.areaCode()));
            }
        }
        for (String group : groups) {
            spoken.add(Character.isDigit(group.charAt(0)) ? digits(group) : group.toLowerCase(Locale.ROOT));
        }
        return String.join(PAUSE, spoken);
    }

    private static String digits(String digits) {
        return "<say-as interpret-as=\"digits\">" + digits + "</say-as>";
    }

    private static String explanation(CallerNumber number, Spelling spelling) {
        int total = number.vanityDigits().length();
        List<String> ranked = spelling.tokens().stream()
                .filter(Spelling.Token::isWord)
                .map(t -> t.text() + " (frequency rank " + (t.rank() + 1) + ")")
                .toList();
        String coverage = spelling.letters() == total
                ? "spells all " + total + " digits after the area code"
                : "spells " + spelling.letters() + " of the " + total + " digits after the area code";
        return coverage + " with " + spelling.words() + (spelling.words() == 1 ? " word: " : " words: ")
                + String.join(", ", ranked)
                + ". Ranked by digits spelled, then fewer words, then how common the words are in spoken English;"
                + " offered only with a word of " + Speller.MIN_MAIN_WORD + "+ letters, at most " + Speller.MAX_WORDS + " words.";
    }
}
