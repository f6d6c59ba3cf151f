package io.switchboard.lambdas.vanity.engine;

import java.util.List;

/**
 * Turns {@link Spelling}s of a caller's vanity digits into what people read and hear. One pass over
 * each spelling's tokens writes the display, the SSML, the words and the explanation; what only
 * depends on the number (its printed and spoken prefix) is written once per number.
 */
final class CandidateFormatter {
    private static final String PAUSE = "<break time=\"200ms\"/>";
    private static final String SAY_DIGITS = "<say-as interpret-as=\"digits\">";
    private static final String END_SAY = "</say-as>";
    private static final String HOW_RANKED =
            ". Ranked by digits spelled, then fewer words, then the business's own words, then how common the words are in spoken %s;"
                    + " offered only with a word of " + Speller.MIN_MAIN_WORD + "+ letters, at most " + Speller.MAX_WORDS + " words,"
                    + " a two-letter word only next to another word.";
    private static final VanityDictionary NO_EXTRA_WORDS = VanityDictionary.fromLines(List.of());

    /** The candidates for {@code spellings} of {@code number}'s vanity digits, in English (tests). */
    List<VanityCandidate> format(CallerNumber number, List<Spelling> spellings) {
        return format(number, spellings, VanityLanguage.ENGLISH, NO_EXTRA_WORDS);
    }

    /** The candidates for {@code spellings} of {@code number}'s vanity digits, in the same order. */
    List<VanityCandidate> format(CallerNumber number, List<Spelling> spellings, VanityLanguage language,
                                 VanityDictionary dictionary) {
        Writer writer = new Writer(number, language, dictionary);
        VanityCandidate[] candidates = new VanityCandidate[spellings.size()];
        for (int i = 0; i < candidates.length; i++) {
            candidates[i] = writer.write(spellings.get(i));
        }
        return List.of(candidates);
    }

    /** One candidate (as {@link #format(CallerNumber, List)} gives it). */
    VanityCandidate format(CallerNumber number, Spelling spelling) {
        return new Writer(number, VanityLanguage.ENGLISH, NO_EXTRA_WORDS).write(spelling);
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

    /** Writes the candidates of one number, reusing its buffers from one candidate to the next. */
    private static final class Writer {
        private final CallerNumber number;
        private final VanityDictionary dictionary;
        private final String howRanked;
        private final String displayPrefix;
        private final String ssmlPrefix;
        private final StringBuilder display = new StringBuilder(64);
        private final StringBuilder ssml = new StringBuilder(512);
        private final StringBuilder explanation = new StringBuilder(512);

        Writer(CallerNumber number, VanityLanguage language, VanityDictionary dictionary) {
            this.number = number;
            this.dictionary = dictionary;
            this.howRanked = String.format(HOW_RANKED, language.englishName());
            this.displayPrefix = displayPrefix(number);
            this.ssmlPrefix = ssmlPrefix(number, language);
        }

        /**
         * Display: the prefix, then groups joined by '-', where words stay words and consecutive kept
         * digits merge into one group ({@code 1-800-555-CODE}). SSML: the same groups after the spoken
         * prefix, separated by pauses, digit groups read digit by digit and words as lower-case words.
         */
        VanityCandidate write(Spelling spelling) {
            display.setLength(0);
            display.append(displayPrefix);
            ssml.setLength(0);
            ssml.append(ssmlPrefix);
            startExplanation(spelling);
            String[] words = new String[spelling.words()];
            int wordCount = 0;
            boolean inDigits = false;
            for (Spelling s = spelling; !s.isEmpty(); s = s.tail()) {
                boolean firstGroup = s == spelling;
                if (s.isWord()) {
                    if (inDigits) {
                        ssml.append(END_SAY);
                        inDigits = false;
                    }
                    if (!firstGroup) {
                        display.append('-');
                    }
                    display.append(s.token());
                    ssml.append(PAUSE);
                    appendLowerCase(ssml, s.token());
                    if (wordCount > 0) {
                        explanation.append(", ");
                    }
                    if (dictionary.isExtraWord(s.rank())) {
                        explanation.append(s.token()).append(" (the business's own word)");
                    } else {
                        explanation.append(s.token()).append(" (frequency rank ").append(dictionary.dictionaryRank(s.rank())).append(')');
                    }
                    words[wordCount++] = s.token();
                } else {
                    if (!inDigits) {
                        if (!firstGroup) {
                            display.append('-');
                        }
                        ssml.append(PAUSE).append(SAY_DIGITS);
                        inDigits = true;
                    }
                    display.append(s.token());
                    ssml.append(s.token());
                }
            }
            if (inDigits) {
                ssml.append(END_SAY);
            }
            explanation.append(howRanked);
            return new VanityCandidate(display.toString(), ssml.toString(), List.of(words), score(spelling),
                    explanation.toString());
        }

        /** "spells all 7 digits after the area code with 2 words: ", then the words, then how they were ranked. */
        private void startExplanation(Spelling spelling) {
            int total = number.vanityDigits().length();
            explanation.setLength(0);
            if (spelling.letters() == total) {
                explanation.append("spells all ").append(total);
            } else {
                explanation.append("spells ").append(spelling.letters()).append(" of the ").append(total);
            }
            explanation.append(number.areaCode().isEmpty() && number.isNanp()
                            ? " digits after the country code with " : " digits after the area code with ").append(spelling.words())
                    .append(spelling.words() == 1 ? " word: " : " words: ");
        }
    }

    private static String displayPrefix(CallerNumber number) {
        if (number.isNanp()) {
            return number.areaCode().isEmpty() ? "1-" : "1-" + number.areaCode() + "-";
        }
        String area = number.areaCode().isEmpty() ? "" : number.areaCode() + " ";
        return "+" + number.countryCode() + " " + area;
    }

    private static String ssmlPrefix(CallerNumber number, VanityLanguage language) {
        if (number.isNanp()) {
            return digits("1" + number.areaCode());
        }
        String country = language.plus() + " " + digits(String.valueOf(number.countryCode()));
        return number.areaCode().isEmpty() ? country : country + PAUSE + digits(number.areaCode());
    }

    private static String digits(String digits) {
        return SAY_DIGITS + digits + END_SAY;
    }

    /** Words are upper-case letters, one char each (see {@link VanityDictionary}; ẞ becomes ß). */
    private static void appendLowerCase(StringBuilder out, String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : Character.toLowerCase(c));
        }
    }
}
