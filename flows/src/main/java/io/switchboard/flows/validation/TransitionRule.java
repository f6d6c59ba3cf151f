package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.Transitions;
import java.util.ArrayList;
import java.util.List;

/**
 * Every transition goes to an action of the flow (ERROR); an action whose page says it always ends the
 * flow has {@code "Transitions": {}} (ERROR); any other action has somewhere to go after it succeeds
 * (WARNING: a dead end). Transfers and other actions that end the flow on success need no NextAction.
 */
final class TransitionRule implements FlowRule {

    private final ActionCatalog catalog;

    TransitionRule(ActionCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<FlowProblem> check(FlowDocument flow) {
        List<FlowProblem> problems = new ArrayList<>();
        for (FlowAction action : flow.actions()) {
            String id = action.identifier();
            Transitions t = action.transitions();
            if (t.nextAction() != null) {
                checkTarget(flow, id, "NextAction", t.nextAction(), problems);
            }
            t.errors().forEach(e -> checkTarget(flow, id, "error " + e.errorType(), e.nextAction(), problems));
            t.conditions().forEach(c -> checkTarget(flow, id, "condition " + c.operator() + " " + c.operands(),
                    c.nextAction(), problems));
            catalog.spec(action.type()).ifPresent(spec -> checkEnding(action, spec, problems));
        }
        return problems;
    }

    private static void checkEnding(FlowAction action, ActionSpec spec, List<FlowProblem> problems) {
        Transitions t = action.transitions();
        if (spec.mustHaveNoTransitions() && !t.isEmpty()) {
            problems.add(FlowProblem.error(action.identifier(), spec.type() + " ends the flow; its Transitions must be {}",
                    spec.page()));
        } else if (!spec.endsFlow() && t.nextAction() == null && t.conditions().isEmpty()) {
            problems.add(FlowProblem.warning(action.identifier(), spec.type()
                    + " has no NextAction and no Conditions: after it the contact has nowhere to go", spec.page()));
        }
    }

    private static void checkTarget(FlowDocument flow, String id, String what, String target, List<FlowProblem> problems) {
        if (target == null || target.isEmpty()) {
            problems.add(FlowProblem.error(id, what + " has no NextAction", ActionCatalog.ACTIONS_PAGE));
        } else if (flow.action(target).isEmpty()) {
            problems.add(FlowProblem.error(id, what + " goes to '" + target + "', which is not an action of this flow",
                    ActionCatalog.ACTIONS_PAGE));
        }
    }
}
