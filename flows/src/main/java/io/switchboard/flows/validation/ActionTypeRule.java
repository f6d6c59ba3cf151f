package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import java.util.ArrayList;
import java.util.List;

/** Every Type is one the reference documents; a near miss gets "did you mean". */
final class ActionTypeRule implements FlowRule {

    private final ActionCatalog catalog;

    ActionTypeRule(ActionCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<FlowProblem> check(FlowDocument flow) {
        List<FlowProblem> problems = new ArrayList<>();
        for (FlowAction action : flow.actions()) {
            String type = action.type();
            if (type.isEmpty() || catalog.knows(type)) {
                continue;
            }
            String hint = catalog.closestTo(type).map(known -> "; did you mean " + known + "?")
                    .orElse(" (not an action type of the Flow Language reference)");
            problems.add(FlowProblem.error(action.identifier(), "unknown action type " + type + hint, ActionCatalog.ACTIONS_PAGE));
        }
        return problems;
    }
}
