package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.Transitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every transition goes to an existing action; terminal actions have no transitions; every other
 * action has somewhere to go.
 */
final class TransitionRule implements FlowRule {

    static final Set<String> TERMINAL_TYPES = Set.of("DisconnectParticipant");

    @Override
    public List<FlowProblem> check(FlowDocument flow) {
        List<FlowProblem> problems = new ArrayList<>();
        boolean hasTerminal = false;
        for (FlowAction action : flow.actions()) {
            String id = action.identifier();
            Transitions t = action.transitions();
            if (t.nextAction() != null) {
                checkTarget(flow, id, "NextAction", t.nextAction(), problems);
            }
            for (Transitions.ErrorBranch error : t.errors()) {
                if (error.errorType() == null || error.errorType().isEmpty()) {
                    problems.add(new FlowProblem(id, "an Errors entry has no ErrorType"));
                }
                checkTarget(flow, id, "error " + error.errorType(), error.nextAction(), problems);
            }
            for (Transitions.ConditionBranch condition : t.conditions()) {
                if (condition.operator() == null || condition.operator().isEmpty()) {
                    problems.add(new FlowProblem(id, "a Conditions entry has no Operator"));
                }
                checkTarget(flow, id, "condition " + condition.operator() + " " + condition.operands(),
                        condition.nextAction(), problems);
            }
            if (TERMINAL_TYPES.contains(action.type())) {
                hasTerminal = true;
                if (!t.isEmpty()) {
                    problems.add(new FlowProblem(id, action.type() + " ends the flow; its Transitions must be {}"));
                }
            } else if (t.nextAction() == null && t.conditions().isEmpty()) {
                problems.add(new FlowProblem(id, action.type() + " has no NextAction and no Conditions: the contact would be stuck"));
            }
        }
        if (!hasTerminal && !flow.actions().isEmpty()) {
            problems.add(FlowProblem.ofDocument("no DisconnectParticipant action: the flow has no explicit end"));
        }
        return problems;
    }

    private static void checkTarget(FlowDocument flow, String id, String what, String target, List<FlowProblem> problems) {
        if (target == null || target.isEmpty()) {
            problems.add(new FlowProblem(id, what + " has no NextAction"));
        } else if (flow.action(target).isEmpty()) {
            problems.add(new FlowProblem(id, what + " goes to '" + target + "', which is not an action of this flow"));
        }
    }
}
