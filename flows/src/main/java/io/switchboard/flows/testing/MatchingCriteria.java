package io.switchboard.flows.testing;

/**
 * How a {@code MessageReceived} event's text is compared with what the caller heard
 * (<a href="https://docs.aws.amazon.com/connect/latest/APIReference/testing-language-events-message-received.html">Message received</a>).
 */
public enum MatchingCriteria {
    /**
     * Connect matches semantically. Offline this is approximated by word overlap: the expected and
     * heard prompts share at least 80% of their words (Sørensen–Dice over lower-cased words).
     */
    SIMILARITY,
    /** The heard prompt contains the expected text (case and spacing ignored). */
    INCLUSION;

    /** The name as the testing language spells it: {@code Similarity}, {@code Inclusion}. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
