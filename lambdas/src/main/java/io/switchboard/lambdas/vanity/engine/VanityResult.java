package io.switchboard.lambdas.vanity.engine;

import java.util.List;

/**
 * What the engine found for one input.
 *
 * @param status     OK, NO_VANITY or INVALID_NUMBER
 * @param reason     a sentence for people (why invalid, why nothing was found, or a summary)
 * @param e164       the caller's number in E.164, or {@code null} when the input is invalid
 * @param candidates best first, at most five, distinct; empty unless status is OK
 * @param language   the language the words are in (and the prompt is spoken in)
 */
public record VanityResult(VanityStatus status, String reason, String e164, List<VanityCandidate> candidates,
                           VanityLanguage language) {
    public VanityResult {
        candidates = List.copyOf(candidates);
    }

    /** A result in English (what every result was before languages). */
    public VanityResult(VanityStatus status, String reason, String e164, List<VanityCandidate> candidates) {
        this(status, reason, e164, candidates, VanityLanguage.ENGLISH);
    }
}
