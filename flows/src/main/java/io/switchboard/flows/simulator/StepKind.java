package io.switchboard.flows.simulator;

/** What a transcript step was, from the caller's point of view. */
public enum StepKind {
    /** The caller hears speech (Text, SSML or a prompt). */
    SPEECH,
    /** Deliberate silence: an SSML-only break or a Wait block. */
    PAUSE,
    /** A synchronous Lambda call: the caller hears nothing meanwhile. */
    LAMBDA,
    /** Attributes, voice, logging, queue: nothing audible. */
    SETTING,
    /** A Compare or Loop decision. */
    BRANCH,
    /** The contact leaves the flow. */
    ENDING;

    /**
     * Dead air, defined once (docs/decisions/0025): every stretch in which the caller hears nothing while
     * waiting. That is each Lambda wait (synchronous calls, and waits on asynchronous ones) and each
     * deliberate silence between prompts (an SSML prompt that is only breaks, a Wait block), so a holding
     * loop's pauses between polls all count, not only the polls. Breaks inside a spoken prompt are part of
     * the speech, not dead air.
     */
    public boolean isDeadAir() {
        return this == LAMBDA || this == PAUSE;
    }
}
