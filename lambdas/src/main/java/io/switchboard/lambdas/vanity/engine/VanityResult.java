package io.switchboard.lambdas.vanity.engine;

import java.util.List;

/**
 * What the engine found for one input.
 *
 * @param status     OK, NO_VANITY or INVALID_NUMBER
 * @param reason     a sentence for people (why invalid, why nothing was found, or a summary)
 * @param e164       the caller's number in E.164, or {@code null} when the input is invalid
 * @param candidates best first, at most five, distinct; empty unless status is OK
 */
public record VanityResult(VanityStatus status, String reason, String e164, List<VanityCandidate> candidates) {
    public VanityResult {
        candidates = List.copyOf(candidates);
    }
}
