package io.switchboard.lambdas.vanity.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One way to spell a run of digits: a chain of tokens, each a dictionary word or one digit left as is.
 * Immutable; a spelling of digits {@code [i, n)} shares its tail with the spelling of {@code [j, n)}.
 *
 * <p>Its sort key is additive over tokens (letters covered, words, frequency cost) and then
 * lexicographic over equal-length text, so "token + better tail" is always better than
 * "token + worse tail": that is what lets {@link Speller} keep only the best few tails per position.
 */
final class Spelling {
    static final Spelling EMPTY = new Spelling(null, -1, null, 0, 0, 0.0, "", "");

    /**
     * Best first: more letters covered, then fewer words, then more frequent words (lower cost),
     * then alphabetical text, then alphabetical split (so {@code FLOWERS} and {@code FLOW-ERS}
     * never tie).
     */
    static final Comparator<Spelling> BEST_FIRST = Comparator
            .comparingInt((Spelling s) -> -s.letters)
            .thenComparingInt(s -> s.words)
            .thenComparingDouble(s -> s.cost)
            .thenComparing(s -> s.text)
            .thenComparing(s -> s.split);

    private final String token;
    private final int wordId;
    private final Spelling tail;
    private final int letters;
    private final int words;
    private final double cost;
    /** Letters and digits without separators, e.g. {@code GOTJUNK}: two spellings with equal text are duplicates. */
    private final String text;
    /** Tokens joined by '-', every kept digit its own token, e.g. {@code 5-5-5-CODE}. */
    private final String split;

    private Spelling(String token, int wordId, Spelling tail, int letters, int words, double cost, String text, String split) {
        this.token = token;
        this.wordId = wordId;
        this.tail = tail;
        this.letters = letters;
        this.words = words;
        this.cost = cost;
        this.text = text;
        this.split = split;
    }

    /** Frequency cost of one word: the natural log of its rank, so a product of ranks once summed. */
    static double costOfRank(int rank) {
        return Math.log(rank + 2.0);
    }

    Spelling prependDigit(char digit) {
        String t = String.valueOf(digit);
        return new Spelling(t, -1, this, letters, words, cost, t + text, join(t));
    }

    Spelling prependWord(String word, int rank) {
        return new Spelling(word, rank, this, letters + word.length(), words + 1, cost + costOfRank(rank), word + text, join(word));
    }

    private String join(String t) {
        return split.isEmpty() ? t : t + "-" + split;
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

    String text() {
        return text;
    }

    /** The tokens in order; digits kept one per token. */
    List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        for (Spelling s = this; s.token != null; s = s.tail) {
            tokens.add(new Token(s.token, s.wordId));
        }
        return tokens;
    }

    /** A word (with its frequency rank) or a single digit ({@code rank == -1}). */
    record Token(String text, int rank) {
        boolean isWord() {
            return rank >= 0;
        }
    }
}
