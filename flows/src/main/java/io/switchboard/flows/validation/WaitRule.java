package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.References;
import java.util.List;

/**
 * Wait's time limit is {@code TimeLimitSeconds}. AWS's reference page writes {@code TimeoutSeconds},
 * which the live service rejects (findings from a public project that created flows against the
 * service, 2026; console exports also carry TimeLimitSeconds). The 7-day ceiling is the reference's.
 */
final class WaitRule extends ActionRule {

    static final long MAX_SECONDS = 604_800;

    WaitRule() {
        super("Wait");
    }

    @Override
    void check(FlowAction action, List<FlowProblem> problems) {
        String id = action.identifier();
        if (action.hasParameter("TimeoutSeconds")) {
            problems.add(new FlowProblem(id, "Wait takes TimeLimitSeconds, not TimeoutSeconds (Connect rejects "
                    + "TimeoutSeconds): use TimeLimitSeconds"));
        } else if (!action.hasParameter("TimeLimitSeconds")) {
            problems.add(new FlowProblem(id, "Wait has no TimeLimitSeconds"));
        }
        action.textParameter("TimeLimitSeconds").ifPresent(limit -> checkLimit(id, limit, problems));
    }

    private static void checkLimit(String id, String limit, List<FlowProblem> problems) {
        if (References.isReference(limit)) {
            return;
        }
        checkWholeNumber(id, "TimeLimitSeconds", limit, 0, MAX_SECONDS, " (7 days)", " of seconds", problems);
    }
}
