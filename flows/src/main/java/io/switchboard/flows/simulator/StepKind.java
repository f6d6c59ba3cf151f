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
    ENDING
}
