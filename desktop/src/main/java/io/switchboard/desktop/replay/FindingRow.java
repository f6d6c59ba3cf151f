package io.switchboard.desktop.replay;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.validation.FlowProblem;
import java.util.List;

/**
 * One validator finding as Play lists it beside the transcript.
 *
 * @param error         Connect would refuse the flow (else a warning: it deploys, but a caller may notice)
 * @param where         the block: its type and the start of its identifier, or "Flow" for the document as a whole
 * @param message       what is wrong, in the validator's words
 * @param documentation the AWS page the rule comes from, or empty
 */
public record FindingRow(boolean error, String where, String message, String documentation) {

    public static List<FindingRow> of(List<FlowProblem> problems, FlowDocument flow) {
        return problems.stream()
                .map(p -> new FindingRow(p.isError(), where(p.actionId(), flow), p.message(), p.documentation() == null ? "" : p.documentation()))
                .toList();
    }

    /** "1 error, 2 warnings", or that there is nothing to fix. */
    public static String summary(List<FindingRow> rows) {
        long errors = rows.stream().filter(FindingRow::error).count();
        long warnings = rows.size() - errors;
        if (rows.isEmpty()) {
            return "No findings: nothing Connect would refuse, nothing to look at.";
        }
        String counts = (errors == 0 ? "" : errors + (errors == 1 ? " error" : " errors"))
                + (errors > 0 && warnings > 0 ? ", " : "") + (warnings == 0 ? "" : warnings + (warnings == 1 ? " warning" : " warnings"));
        return counts + (errors == 0 ? ": Connect would accept this flow." : ": Connect would refuse this flow.");
    }

    public String severity() {
        return error ? "ERROR" : "WARNING";
    }

    private static String where(String actionId, FlowDocument flow) {
        if (actionId == null) {
            return "Flow";
        }
        String shortId = TranscriptRow.block(actionId);
        return flow.action(actionId).map(FlowAction::type).map(type -> type + " " + shortId).orElse(shortId);
    }
}
