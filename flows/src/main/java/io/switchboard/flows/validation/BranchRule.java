package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.Transitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Conditions and error branches against the reference: known operators with one operand, Equals only
 * where the page says so, the operands a page requires or allows (Loop, CheckHoursOfOperation, Wait…),
 * and error types the action can raise.
 */
final class BranchRule implements FlowRule {

    static final Set<String> OPERATORS = Set.of("Equals", "NumberGreaterThan", "NumberGreaterOrEqualTo",
            "NumberLessThan", "NumberLessOrEqualTo", "TextStartsWith", "TextEndsWith", "TextContains");

    private final ActionCatalog catalog;

    BranchRule(ActionCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<FlowProblem> check(FlowDocument flow) {
        List<FlowProblem> problems = new ArrayList<>();
        for (FlowAction action : flow.actions()) {
            String id = action.identifier();
            for (Transitions.ConditionBranch condition : action.transitions().conditions()) {
                checkOperator(id, condition, problems);
            }
            catalog.spec(action.type()).filter(spec -> !spec.unchecked()).ifPresent(spec -> {
                checkConditions(action, spec, problems);
                checkErrors(action, spec, problems);
            });
        }
        return problems;
    }

    private static void checkOperator(String id, Transitions.ConditionBranch condition, List<FlowProblem> problems) {
        String operator = condition.operator();
        if (operator == null || operator.isEmpty()) {
            problems.add(FlowProblem.error(id, "a Conditions entry has no Operator", ActionCatalog.ACTIONS_PAGE));
        } else if (!OPERATORS.contains(operator)) {
            problems.add(FlowProblem.error(id, "unknown condition operator " + operator, ActionCatalog.ACTIONS_PAGE));
        } else if (condition.operands().size() != 1) {
            problems.add(FlowProblem.error(id, operator + " needs exactly one operand, found "
                    + condition.operands().size(), ActionCatalog.ACTIONS_PAGE));
        }
    }

    private static void checkConditions(FlowAction action, ActionSpec spec, List<FlowProblem> problems) {
        String id = action.identifier();
        List<Transitions.ConditionBranch> conditions = action.transitions().conditions();
        if (!spec.supportsConditions()) {
            if (!conditions.isEmpty()) {
                problems.add(FlowProblem.warning(id, spec.type() + " has no result to compare: its Conditions are never taken",
                        spec.page()));
            }
            return;
        }
        for (Transitions.ConditionBranch c : conditions) {
            String operand = c.operands().isEmpty() ? "" : c.operands().get(0);
            if ("equals".equals(spec.conditions()) && c.operator() != null && !"Equals".equals(c.operator())) {
                problems.add(FlowProblem.error(id, spec.type() + " allows only Equals conditions, found " + c.operator(), spec.page()));
            } else if (!spec.operands().isEmpty() && !spec.operands().contains(operand)) {
                problems.add(FlowProblem.error(id, spec.type() + " conditions compare with " + String.join(" or ", spec.operands())
                        + ", found " + c.operator() + " \"" + operand + "\"", spec.page()));
            } else if (spec.operandPattern() != null && !operand.matches(spec.operandPattern())) {
                problems.add(FlowProblem.error(id, spec.type() + " conditions compare one key (0-9, * or #), found \""
                        + operand + "\"", spec.page()));
            }
        }
        for (String required : spec.requiredOperands()) {
            boolean present = conditions.stream()
                    .anyMatch(c -> "Equals".equals(c.operator()) && c.operands().equals(List.of(required)));
            if (!present) {
                problems.add(FlowProblem.error(id, spec.type() + " needs a condition Equals " + required, spec.page()));
            }
        }
    }

    private static void checkErrors(FlowAction action, ActionSpec spec, List<FlowProblem> problems) {
        String id = action.identifier();
        for (Transitions.ErrorBranch error : action.transitions().errors()) {
            String type = error.errorType();
            if (type == null || type.isEmpty()) {
                problems.add(FlowProblem.error(id, "an Errors entry has no ErrorType", ActionCatalog.ACTIONS_PAGE));
            } else if (!spec.errors().contains(type) && !ActionSpec.COMMON_ERRORS.contains(type) && !spec.mustHaveNoTransitions()) {
                problems.add(FlowProblem.warning(id, spec.type() + " never raises " + type + " (its page lists "
                        + (spec.errors().isEmpty() ? "no errors" : String.join(", ", spec.errors())) + ")", spec.page()));
            }
        }
    }
}
