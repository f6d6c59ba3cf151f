package io.switchboard.desktop.replay;

import java.util.List;
import java.util.Map;

/**
 * One call to play: which flow (a shipped flow's name or a flow file's path, see {@link FlowSource}), who
 * calls, the contact attributes set before the flow starts, and whether prompts play in real time or
 * ten times faster; what the caller presses, whether the hours of operation are open, and the folder
 * of flows a TransferToFlow continues into.
 *
 * @param dtmf        the caller's keypad entries, one per input block reached; then the caller is silent
 * @param flowsFolder where TransferToFlow and InvokeFlowModule find their target flows, or {@code null}
 *                    (the call then ends TRANSFERRED_TO_FLOW)
 */
public record PlayRequest(String flow, String caller, Map<String, String> attributes, boolean fast,
                          List<String> dtmf, boolean hoursOpen, String flowsFolder) {
    public PlayRequest {
        attributes = Map.copyOf(attributes);
        dtmf = dtmf == null ? List.of() : List.copyOf(dtmf);
        flowsFolder = flowsFolder == null || flowsFolder.isBlank() ? null : flowsFolder.strip();
    }

    /** A silent caller, hours open, no other flows. */
    public PlayRequest(String flow, String caller, Map<String, String> attributes, boolean fast) {
        this(flow, caller, attributes, fast, List.of(), true, null);
    }
}
