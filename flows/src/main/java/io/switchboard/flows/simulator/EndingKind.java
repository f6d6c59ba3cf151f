package io.switchboard.flows.simulator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a simulated call left the flow. The first eight are what a user sees ({@link #outcome()});
 * ERROR_PATH, STEP_LIMIT and BROKEN_FLOW say more precisely why, and map onto one of them.
 */
public enum EndingKind {
    /** DisconnectParticipant (or End flow in an inbound flow, which Connect treats as a disconnect). */
    DISCONNECTED,
    /** TransferContactToQueue (or DequeueContactAndTransferToQueue) succeeded. */
    TRANSFERRED_TO_QUEUE,
    /** TransferContactToAgent. */
    TRANSFERRED_TO_AGENT,
    /** TransferParticipantToThirdParty: the caller is put through to an external number. */
    TRANSFERRED_TO_NUMBER,
    /** TransferToFlow / InvokeFlowModule into a flow the simulation does not have. */
    TRANSFERRED_TO_FLOW,
    /** EndFlowExecution / EndFlowModuleExecution, or the end of a queue or whisper flow: the contact goes on elsewhere. */
    ENDED,
    /** An action type the simulator does not play; the call stops there. */
    UNSUPPORTED_ACTION,
    /** The simulator itself failed (an unexpected exception inside an action). */
    SIMULATION_ERROR,
    /**
     * An action failed and had no Errors branch to follow. Connect ends the contact when the branch it
     * must take leads nowhere, so the caller is disconnected: outcome DISCONNECTED.
     */
    ERROR_PATH,
    /** The flow ran more steps than the safety cap allows (most likely an endless loop): SIMULATION_ERROR. */
    STEP_LIMIT,
    /** A transition pointed at a missing action, or an action had nowhere to go: SIMULATION_ERROR. */
    BROKEN_FLOW;

    /** The eight user-facing outcomes, in order. */
    public static final List<String> OUTCOMES = List.of("DISCONNECTED", "TRANSFERRED_TO_QUEUE", "TRANSFERRED_TO_AGENT",
            "TRANSFERRED_TO_NUMBER", "TRANSFERRED_TO_FLOW", "ENDED", "UNSUPPORTED_ACTION", "SIMULATION_ERROR");

    /** The user-facing outcome: one of {@link #OUTCOMES}. */
    public String outcome() {
        return switch (this) {
            case ERROR_PATH -> DISCONNECTED.name();
            case STEP_LIMIT, BROKEN_FLOW -> SIMULATION_ERROR.name();
            default -> name();
        };
    }

    /** The kinds whose outcome is {@code outcome} (case-insensitive); empty when it names none. */
    public static Set<EndingKind> withOutcome(String outcome) {
        Set<EndingKind> kinds = new LinkedHashSet<>();
        for (EndingKind kind : values()) {
            if (kind.outcome().equalsIgnoreCase(outcome) || kind.name().equalsIgnoreCase(outcome)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
