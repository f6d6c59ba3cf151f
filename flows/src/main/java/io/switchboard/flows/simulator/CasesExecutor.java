package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;
import java.util.Map;

/**
 * GetCase and CreateCase (Cases block), answered by {@link ServiceMocks}: a found or created case
 * becomes {@code $.Case.*}. No case takes NoneFoundError; no Cases domain takes the Error branch, and
 * the transcript says so.
 */
final class CasesExecutor implements ActionExecutor {

    private final boolean create;

    private CasesExecutor(boolean create) {
        this.create = create;
    }

    static CasesExecutor get() {
        return new CasesExecutor(false);
    }

    static CasesExecutor create() {
        return new CasesExecutor(true);
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        ServiceMocks services = state.surroundings.services();
        if (!services.casesDomain()) {
            state.record(action.identifier(), action.type(), StepKind.BRANCH, "no Cases domain in the simulation: Error branch", Duration.ZERO);
            return ActionOutcome.error("NoMatchingError", "no Cases domain");
        }
        if (create) {
            state.caseFields = Map.of("CaseId", "sim-case-" + state.contact.contactId());
            state.record(action.identifier(), action.type(), StepKind.SETTING, "case created: $.Case.CaseId = "
                    + state.caseFields.get("CaseId"), Duration.ZERO);
            return ActionOutcome.next();
        }
        if (services.caseFields() == null) {
            state.record(action.identifier(), action.type(), StepKind.BRANCH,
                    "no matching case in the simulation: NoneFoundError branch", Duration.ZERO);
            return Branches.firstError(action, "no case found", "NoneFoundError", "NoMatchingError");
        }
        state.caseFields = services.caseFields();
        state.record(action.identifier(), action.type(), StepKind.SETTING, "case found: $.Case " + services.caseFields(), Duration.ZERO);
        return ActionOutcome.next();
    }
}
