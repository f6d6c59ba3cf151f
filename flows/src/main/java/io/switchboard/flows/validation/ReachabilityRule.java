package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every action can be reached from StartAction (Connect accepts orphans, but they are always mistakes). */
final class ReachabilityRule implements FlowRule {

    @Override
    public List<FlowProblem> check(FlowDocument flow) {
        String start = flow.startAction();
        if (start == null || flow.action(start).isEmpty()) {
            return List.of(); // DocumentRule reports this; everything would look unreachable
        }
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(start));
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (reached.add(id)) {
                flow.action(id).ifPresent(a -> a.transitions().targets().stream()
                        .filter(t -> t != null && !reached.contains(t))
                        .forEach(pending::push));
            }
        }
        List<FlowProblem> problems = new ArrayList<>();
        for (FlowAction action : flow.actions()) {
            if (!action.identifier().isEmpty() && !reached.contains(action.identifier())) {
                problems.add(new FlowProblem(action.identifier(), "unreachable from StartAction '" + start + "'"));
            }
        }
        return problems;
    }
}
