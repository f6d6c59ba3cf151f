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
 * two-letter word (two-letter words alone are noise such as {@code 2-GO-4-IN-7}).
 */
final class Speller {
    static final int MAX_WORDS = 3;
    static final int MIN_MAIN_WORD = 3;
    private static final int MAX_TWO_LETTER_WORDS = 1;
    private static final Spelling[] NONE = {};
    private static final Spelling[] ONLY_EMPTY = {Spelling.EMPTY};

    private final VanityDictionary dictionary;

    Speller(VanityDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The best distinct spellings of {@code digits} (0-9 only), best first, at most {@code limit}. */
    List<Spelling> best(String digits, int limit) {
        return List.of(new Search(digits, limit).solve(0, MAX_TWO_LETTER_WORDS, true, MAX_WORDS));
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
            this.memo = new Spelling[(text.length() + 1) * (MAX_TWO_LETTER_WORDS + 1) * 2 * (MAX_WORDS + 1)][];
            this.wordsAt = new int[text.length()][];
            for (int from = 0; from < text.length(); from++) {
                wordsAt[from] = dictionary.wordsStartingAt(digits, from, limit);
            }
        }

        /** Best spellings of digits[from..] given what is still allowed and still required, best first. */
        Spelling[] solve(int from, int twoLetterLeft, boolean needMainWord, int wordsLeft) {
            int key = ((from * (MAX_TWO_LETTER_WORDS + 1) + twoLetterLeft) * 2 + (needMainWord ? 1 : 0)) * (MAX_WORDS + 1) + wordsLeft;
            Spelling[] cached = memo[key];
            if (cached != null) {
                return cached;
            }
            Spelling[] result;
            if (from == digits.length) {
                result = needMainWord ? NONE : ONLY_EMPTY;
            } else {
                TopSpellings top = new TopSpellings(limit);
                for (Spelling tail : solve(from + 1, twoLetterLeft, needMainWord, wordsLeft)) {
                    if (!top.mightKeep(tail.letters(), tail.words(), tail.cost())) {
                        break; // tails come best first: the rest would be rejected too
                    }
                    top.offer(tail.prependDigit(text.charAt(from)));
                }
                if (wordsLeft > 0) {
                    int[] words = wordsAt[from];
                    for (int w = 0; w < words.length; w += 2) {
                        int wordId = words[w];
                        int end = words[w + 1];
                        int length = end - from;
                        if (length == 2 && twoLetterLeft == 0) {
                            continue;
                        }
                        String word = dictionary.word(wordId);
                        int twoLeft = length == 2 ? twoLetterLeft - 1 : twoLetterLeft;
                        boolean stillNeed = needMainWord && length < MIN_MAIN_WORD;
                        double cost = Spelling.costOfRank(wordId);
                        for (Spelling tail : solve(end, twoLeft, stillNeed, wordsLeft - 1)) {
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
