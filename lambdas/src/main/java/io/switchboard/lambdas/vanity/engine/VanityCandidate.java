package io.switchboard.lambdas.vanity.engine;

import java.util.List;

/**
 * One vanity spelling of the caller's number.
 *
 * @param display     how a person reads it, e.g. {@code 1-800-FLOWERS} or {@code +44 20 7946-0958}
 * @param ssml        an SSML fragment (no {@code <speak>} root) that speaks digits one by one and words as words
 * @param words       the dictionary words used, in order, upper case
 * @param score       ranking score, higher is better (deterministic)
 * @param explanation why it ranks where it does, in words (shown by {@code vanity --json})
 */
public record VanityCandidate(String display, String ssml, List<String> words, double score, String explanation) {
    public VanityCandidate {
        words = List.copyOf(words);
    }
}
