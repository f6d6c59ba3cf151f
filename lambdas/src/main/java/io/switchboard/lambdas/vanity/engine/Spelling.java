package io.switchboard.lambdas.vanity.engine;

import java.util.Comparator;

/**
 * One way to spell a run of digits: a chain of tokens, each a dictionary word or one digit left as is.
 * Immutable; a spelling of digits {@code [i, n)} shares its tail with the spelling of {@code [j, n)}.
 * Its text is never built while searching: comparisons walk the two chains.
 *
 * <p>Its sort key is additive over tokens (letters covered, words, frequency cost) and then
 * lexicographic over equal-length text, so "token + better tail" is always better than
 * "token + worse tail": that is what lets {@link Speller} keep only the best few tails per position.
 */
final class Spelling {
    static final Spelling EMPTY = new Spelling(null, -1, null, 0, 0, 0.0);

    /**
     * Best first: more letters covered, then fewer words, then more frequent words (lower cost),
     * then alphabetical text, then alphabetical split (so {@code FLOWERS} and {@code FLOW-ERS}
     * never tie).
     */
    static final Comparator<Spelling> BEST_FIRST = Spelling::compareBestFirst;

    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    private final String token;
    private final int wordId;
    private final Spelling tail;
    private final int letters;
    private final int words;
    private final double cost;

    private Spelling(String token, int wordId, Spelling tail, int letters, int words, double cost) {
        this.token = token;
        this.wordId = wordId;
        this.tail = tail;
        this.letters = letters;
        this.words = words;
        this.cost = cost;
    }

    /** Frequency cost of one word: the natural log of its rank, so a product of ranks once summed. */
    static double costOfRank(int rank) {
        return Math.log(rank + 2.0);
    }

    /** This spelling after the digit {@code '0'..'9'}, kept as a digit. */
    Spelling prependDigit(char digit) {
        return new Spelling(DIGITS[digit - '0'], -1, this, letters, words, cost);
    }

    /** This spelling after {@code word}, whose frequency rank is {@code rank} and cost {@code costOfRank(rank)}. */
    Spelling prependWord(String word, int rank, double wordCost) {
        return new Spelling(word, rank, this, letters + word.length(), words + 1, cost + wordCost);
    }

    int letters() {
        return letters;
    }

    int words() {
        return words;
    }

    double cost() {
        return cost;
    }

    /** True for {@link #EMPTY}, the end of every chain. */
    boolean isEmpty() {
        return token == null;
    }

    /** The first token: a word (upper case) or one digit. */
    String token() {
        return token;
    }

    /** True when the first token is a word. */
    boolean isWord() {
        return wordId >= 0;
    }

    /** The first token's frequency rank (0 = most frequent) when it is a word. */
    int rank() {
        return wordId;
    }

    /** The spelling after the first token. */
    Spelling tail() {
        return tail;
    }

    /** True when one of its words starts before digit {@code boundary} and ends after it. */
    boolean hasWordAcross(int boundary) {
        int at = 0;
        for (Spelling s = this; s.token != null; s = s.tail) {
            int end = at + s.token.length();
            if (s.isWord() && at < boundary && end > boundary) {
                return true;
            }
            at = end;
        }
        return false;
    }

    /** Letters and digits without separators, e.g. {@code GOTJUNK}. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (Spelling s = this; s.token != null; s = s.tail) {
            text.append(s.token);
        }
        return text.toString();
    }

    /** Same letters and digits in the same places (so the same number, read the same way): duplicates. */
    boolean sameText(Spelling other) {
        return letters == other.letters && compareChars(this, other, false) == 0;
    }

    private static int compareBestFirst(Spelling a, Spelling b) {
        if (a.letters != b.letters) {
            return a.letters > b.letters ? -1 : 1;
        }
        if (a.words != b.words) {
            return a.words < b.words ? -1 : 1;
        }
        int byCost = Double.compare(a.cost, b.cost);
        if (byCost != 0) {
            return byCost;
        }
        int byText = compareChars(a, b, false);
        return byText != 0 ? byText : compareChars(a, b, true);
    }

    /**
     * Compares the texts of two chains as {@link String#compareTo} would (sign only), without
     * building them: the plain text, or with {@code withDashes} the tokens joined by '-'
     * (e.g. {@code 5-5-5-CODE}).
     */
    private static int compareChars(Spelling a, Spelling b, boolean withDashes) {
        int i = 0;
        int j = 0;
        while (a.token != null && b.token != null) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (x != y) {
                return x < y ? -1 : 1;
            }
            if (++i == a.width(withDashes)) {
                a = a.tail;
                i = 0;
            }
            if (++j == b.width(withDashes)) {
                b = b.tail;
                j = 0;
            }
        }
        return (a.token == null ? 0 : 1) - (b.token == null ? 0 : 1);
    }

    /** The first token's characters, then a '-' when it is followed by another token and dashes count. */
    private int width(boolean withDashes) {
        return withDashes && tail.token != null ? token.length() + 1 : token.length();
    }

    private char charAt(int i) {
        return i < token.length() ? token.charAt(i) : '-';
    }
}
