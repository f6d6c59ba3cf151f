package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every action can be reached from StartAction (Connect accepts orphans, but nobody ever hears them). */
final class ReachabilityRule implements FlowRule {

    @Override
    public List<FlowProblem> check(FlowDocument flow) {
        String start = flow.startAction();
        if (start == null || flow.action(start).isEmpty()) {
            return List.of(); // DocumentRule reports this; everything would look unreachable
        }
        Set<String> reached = new FlowGraph(flow).reachableFrom(List.of(start));
        List<FlowProblem> problems = new ArrayList<>();
        for (FlowAction action : flow.actions()) {
            if (!action.identifier().isEmpty() && !reached.contains(action.identifier())) {
                problems.add(FlowProblem.warning(action.identifier(), "unreachable from StartAction '" + start + "'",
                        ActionCatalog.ACTIONS_PAGE));
            }
        }
        return problems;
    }
}
