package io.switchboard.flows.testing;

/** How an observation, or one of its actions, came out. Only PASSED counts towards a passing test. */
public enum Verdict {
    PASSED,
    /** The event was not seen (or not as often as required), or an assertion did not hold. */
    FAILED,
    /** The event or action needs something the offline simulator does not have (an agent, a real instance). */
    NOT_REPRODUCIBLE_OFFLINE;

    /** The worse of two verdicts: FAILED over NOT_REPRODUCIBLE_OFFLINE over PASSED. */
    public Verdict and(Verdict other) {
        return this == FAILED || other == FAILED ? FAILED
                : this == NOT_REPRODUCIBLE_OFFLINE || other == NOT_REPRODUCIBLE_OFFLINE ? NOT_REPRODUCIBLE_OFFLINE : PASSED;
    }
}
