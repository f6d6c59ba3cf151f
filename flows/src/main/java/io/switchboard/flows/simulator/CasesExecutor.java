package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;
import java.util.Map;

/**
 * GetCase, CreateCase and UpdateCase (Cases block), answered by {@link ServiceMocks}: a found or created case
 * becomes {@code $.Case.*}. No case takes NoneFoundError; no Cases domain takes the Error branch, and
 * the transcript says so.
 */
final class CasesExecutor implements ActionExecutor {

    private enum Operation { GET, CREATE, UPDATE }

    private final Operation operation;

    private CasesExecutor(Operation operation) {
        this.operation = operation;
    }

    static CasesExecutor get() {
        return new CasesExecutor(Operation.GET);
    }

    /** Update (or associate the contact with) the loaded record: works whenever the domain exists. */
    static CasesExecutor update() {
        return new CasesExecutor(Operation.UPDATE);
    }

    static CasesExecutor create() {
        return new CasesExecutor(Operation.CREATE);
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        ServiceMocks services = state.surroundings.services();
        if (!services.casesDomain()) {
            state.record(action.identifier(), action.type(), StepKind.BRANCH, "no Cases domain in the simulation: Error branch", Duration.ZERO);
            return ActionOutcome.error("NoMatchingError", "no Cases domain");
        }
        if (operation == Operation.UPDATE) {
            state.record(action.identifier(), action.type(), StepKind.SETTING, "case updated: " + action.type(), Duration.ZERO);
            return ActionOutcome.next();
        }
        if (operation == Operation.CREATE) {
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
