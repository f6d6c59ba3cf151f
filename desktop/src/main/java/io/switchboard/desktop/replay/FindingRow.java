package io.switchboard.desktop.replay;

import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.FlowAction;
import io.switchboard.flows.validation.FlowProblem;
import java.util.List;

/**
 * One validator finding as Play lists it beside the transcript.
 *
 * @param where   the block: its type and the start of its identifier, or "Flow" for the document as a whole
 * @param message what is wrong, in the validator's words
 */
public record FindingRow(String where, String message) {

    public static List<FindingRow> of(List<FlowProblem> problems, FlowDocument flow) {
        return problems.stream().map(p -> new FindingRow(where(p.actionId(), flow), p.message())).toList();
    }

    private static String where(String actionId, FlowDocument flow) {
        if (actionId == null) {
            return "Flow";
        }
        String shortId = actionId.length() > 12 ? actionId.substring(0, 8) + "…" : actionId;
        return flow.action(actionId).map(FlowAction::type).map(type -> type + " " + shortId).orElse(shortId);
    }
}
