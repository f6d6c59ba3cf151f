package io.switchboard.flows.simulator;

/** How a simulated call left the flow. */
public enum EndingKind {
    /** DisconnectParticipant. */
    DISCONNECTED,
    /** TransferContactToQueue succeeded. */
    TRANSFERRED,
    /** An action failed and had no Errors branch to follow; Connect would end the contact. */
    ERROR_PATH,
    /** An action type the simulator does not play; the call stops there. */
    UNSUPPORTED_ACTION,
    /** The flow ran more steps than the safety cap allows (most likely an endless loop). */
    STEP_LIMIT,
    /** A transition pointed at a missing action, or an action had nowhere to go. */
    BROKEN_FLOW
}
