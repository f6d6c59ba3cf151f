package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.Transitions;
import java.util.List;
import java.util.Set;

/**
 * Compare needs a ComparisonValue, at least one condition, and known operators with one operand each.
 * Its required NoMatchingCondition branch is {@link ErrorBranchRule}'s.
 */
final class CompareRule extends ActionRule {

    static final Set<String> OPERATORS = Set.of("Equals", "NumberGreaterThan", "NumberGreaterOrEqualTo",
            "NumberLessThan", "NumberLessOrEqualTo", "TextStartsWith", "TextEndsWith", "TextContains");

    CompareRule() {
        super("Compare");
    }

    @Override
    void check(FlowAction action, List<FlowProblem> problems) {
        String id = action.identifier();
        if (action.textParameter("ComparisonValue").filter(s -> !s.isBlank()).isEmpty()) {
            problems.add(new FlowProblem(id, "Compare has no ComparisonValue"));
        }
        if (action.transitions().conditions().isEmpty()) {
            problems.add(new FlowProblem(id, "Compare has no Conditions"));
        }
        for (Transitions.ConditionBranch c : action.transitions().conditions()) {
            if (c.operator() != null && !OPERATORS.contains(c.operator())) {
                problems.add(new FlowProblem(id, "unknown Compare operator " + c.operator()));
            }
            if (c.operands().size() != 1) {
                problems.add(new FlowProblem(id, c.operator() + " needs exactly one operand, found " + c.operands().size()));
            }
        }
    }
}
