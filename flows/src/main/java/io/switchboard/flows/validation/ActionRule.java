package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import java.util.ArrayList;
import java.util.List;

/** A rule about the actions of one type: it sees each such action in turn. */
abstract class ActionRule implements FlowRule {
    private final String type;

    ActionRule(String type) {
        this.type = type;
    }

    @Override
    public final List<FlowProblem> check(FlowDocument flow) {
        List<FlowProblem> problems = new ArrayList<>();
        for (FlowAction action : flow.actions()) {
            if (type.equals(action.type())) {
                check(flow, action, problems);
            }
        }
        return problems;
    }

    /** Adds what is wrong with {@code action} (an action of this rule's type) to {@code problems}. */
    abstract void check(FlowDocument flow, FlowAction action, List<FlowProblem> problems);

    /** This type's reference page. */
    final String page() {
        return ActionCatalog.standard().spec(type).map(ActionSpec::page).orElse(ActionCatalog.ACTIONS_PAGE);
    }
}
