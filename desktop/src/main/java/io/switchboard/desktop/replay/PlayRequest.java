package io.switchboard.desktop.replay;

import java.util.Map;

/**
 * One call to play: which flow (a shipped flow's name or a flow file's path, see {@link FlowSource}), who calls, the contact attributes set before the flow starts,
 * and whether prompts play in real time or ten times faster.
 */
public record PlayRequest(String flow, String caller, Map<String, String> attributes, boolean fast) {
    public PlayRequest {
        attributes = Map.copyOf(attributes);
    }
}
