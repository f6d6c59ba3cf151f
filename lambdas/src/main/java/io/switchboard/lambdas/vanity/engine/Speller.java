package io.switchboard.lambdas.vanity.engine;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the best few spellings of a digit string with dictionary words, by dynamic programming
 * over (position, constraints still to meet): each state keeps only its {@code limit} best distinct
 * tails, which is exact because a spelling's rank is monotone in its tail's rank ({@link Spelling}).
 *
 * <p>What counts as a spelling worth offering (everything else is never generated):
 * at most {@value #MAX_WORDS} words; at least one word of three letters or more; at most one
 * two-letter word (two-letter words alone are noise such as {@code 2-GO-4-IN-7}); and a two-letter
 * word must touch another word, with no digit between them ({@code MY-APPLE}, {@code BY-BUT}, but
 * never {@code IN-8-JUNK} or {@code GOT-5-TO-5}): a two-letter word floating between digits reads
 * as noise. Numbers where nothing good exists get fewer spellings, or none.
 *
 * <p>The touching rule is part of the state, so the search stays exact: a state also knows what
 * came just before {@code from} ({@link #AFTER_DIGIT} for a digit or the start, {@link #AFTER_WORD},
 * or {@link #AFTER_LONE_PAIR} for a two-letter word not preceded by a word, whose tail must then
 * start with a word). Whether a tail is allowed then depends only on its state, never on the
 * spelling before it, and ranks stay monotone in the tail.
 */
final class Speller {
    static final int MAX_WORDS = 3;
    static final int MIN_MAIN_WORD = 3;
    private static final int MAX_TWO_LETTER_WORDS = 1;
    /** Before {@code from}: nothing, or a digit. */
    private static final int AFTER_DIGIT = 0;
    /** Before {@code from}: a word (only kept apart from {@link #AFTER_DIGIT} while a two-letter word may still come). */
    private static final int AFTER_WORD = 1;
    /** Before {@code from}: a two-letter word that no word precedes; the next token must be a word. */
    private static final int AFTER_LONE_PAIR = 2;
    private static final int CONTEXTS = 3;
    private static final Spelling[] NONE = {};
    private static final Spelling[] ONLY_EMPTY = {Spelling.EMPTY};

    private final VanityDictionary dictionary;

    Speller(VanityDictionary dictionary) {
        this.dictionary = dictionary;
    }

    VanityDictionary dictionary() {
        return dictionary;
    }

    /** The best distinct spellings of {@code digits} (0-9 only), best first, at most {@code limit}. */
    List<Spelling> best(String digits, int limit) {
        return List.of(new Search(digits, limit).solve(0, MAX_TWO_LETTER_WORDS, true, MAX_WORDS, AFTER_DIGIT));
    }

    private final class Search {
        private final byte[] digits;
        private final String text;
        private final int limit;
        private final Spelling[][] memo;
        /** Per start position: the dictionary words that start there, as {wordId, end} pairs, found once. */
        private final int[][] wordsAt;

        Search(String text, int limit) {
            this.text = text;
            this.limit = limit;
            this.digits = new byte[text.length()];
            for (int i = 0; i < text.length(); i++) {
                digits[i] = (byte) (text.charAt(i) - '0');
            }
            this.memo = new Spelling[(text.length() + 1) * (MAX_TWO_LETTER_WORDS + 1) * 2 * (MAX_WORDS + 1) * CONTEXTS][];
            this.wordsAt = new int[text.length()][];
            for (int from = 0; from < text.length(); from++) {
                wordsAt[from] = dictionary.wordsStartingAt(digits, from, limit);
            }
        }

        /**
         * Best spellings of digits[from..] given what is still allowed and still required, and what
         * came before {@code from} ({@code after}), best first.
         */
        Spelling[] solve(int from, int twoLetterLeft, boolean needMainWord, int wordsLeft, int after) {
            if (after == AFTER_WORD && twoLetterLeft == 0) {
                after = AFTER_DIGIT; // only a two-letter word here would care, and none may come
            }
            int key = (((from * (MAX_TWO_LETTER_WORDS + 1) + twoLetterLeft) * 2 + (needMainWord ? 1 : 0))
                    * (MAX_WORDS + 1) + wordsLeft) * CONTEXTS + after;
            Spelling[] cached = memo[key];
            if (cached != null) {
                return cached;
            }
            Spelling[] result;
            if (from == digits.length) {
                result = needMainWord || after == AFTER_LONE_PAIR ? NONE : ONLY_EMPTY;
            } else {
                TopSpellings top = new TopSpellings(limit);
                if (after != AFTER_LONE_PAIR) {
                    for (Spelling tail : solve(from + 1, twoLetterLeft, needMainWord, wordsLeft, AFTER_DIGIT)) {
                        if (!top.mightKeep(tail.letters(), tail.words(), tail.cost())) {
                            break; // tails come best first: the rest would be rejected too
                        }
                        top.offer(tail.prependDigit(text.charAt(from)));
                    }
                }
                if (wordsLeft > 0) {
                    int[] words = wordsAt[from];
                    for (int w = 0; w < words.length; w += 2) {
                        int wordId = words[w];
                        int end = words[w + 1];
                        int length = end - from;
                        int next = AFTER_WORD;
                        if (length == 2) {
                            if (twoLetterLeft == 0) {
                                continue;
                            }
                            if (after == AFTER_DIGIT) {
                                if (wordsLeft == 1) {
                                    continue; // nothing could touch it
                                }
                                next = AFTER_LONE_PAIR;
                            }
                        }
                        String word = dictionary.word(wordId);
                        int twoLeft = length == 2 ? twoLetterLeft - 1 : twoLetterLeft;
                        boolean stillNeed = needMainWord && length < MIN_MAIN_WORD;
                        double cost = Spelling.costOfRank(wordId);
                        for (Spelling tail : solve(end, twoLeft, stillNeed, wordsLeft - 1, next)) {
                            if (!top.mightKeep(tail.letters() + length, tail.words() + 1, tail.cost() + cost)) {
                                break;
                            }
                            top.offer(tail.prependWord(word, wordId, cost));
                        }
                    }
                }
                result = top.toArray();
            }
            memo[key] = result;
            return result;
        }
    }

    /** The best {@code limit} spellings seen, best first, one per text (the better split wins). */
    private static final class TopSpellings {
        private final Spelling[] best;
        private int size;

        TopSpellings(int limit) {
            this.best = new Spelling[limit];
        }

        /**
         * False when a spelling with these totals is certainly worse than all kept ones, so it need
         * not even be built (its text could only break a tie, and ties are kept).
         */
        boolean mightKeep(int letters, int words, double cost) {
            if (size < best.length) {
                return true;
            }
            Spelling worst = best[size - 1];
            if (letters != worst.letters()) {
                return letters > worst.letters();
            }
            if (words != worst.words()) {
                return words < worst.words();
            }
            return cost <= worst.cost();
        }

        void offer(Spelling candidate) {
            if (size == best.length && Spelling.BEST_FIRST.compare(candidate, best[size - 1]) >= 0) {
                return;
            }
            for (int i = 0; i < size; i++) {
                if (best[i].sameText(candidate)) {
                    if (Spelling.BEST_FIRST.compare(candidate, best[i]) >= 0) {
                        return;
                    }
                    System.arraycopy(best, i + 1, best, i, size - i - 1);
                    size--;
                    break;
                }
            }
            int at = 0;
            while (at < size && Spelling.BEST_FIRST.compare(best[at], candidate) <= 0) {
                at++;
            }
            if (size == best.length) {
                size--; // the worst drops out
            }
            System.arraycopy(best, at, best, at + 1, size - at);
            best[at] = candidate;
            size++;
        }

        Spelling[] toArray() {
            return size == 0 ? NONE : Arrays.copyOf(best, size);
        }
    }
}
