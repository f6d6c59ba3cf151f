package io.switchboard.flows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where an action goes next: its default, its error branches and its condition branches. */
public record Transitions(String nextAction, List<ErrorBranch> errors, List<ConditionBranch> conditions) {

    public record ErrorBranch(String errorType, String nextAction) {
    }

    public record ConditionBranch(String nextAction, String operator, List<String> operands) {
    }

    public Transitions {
        errors = List.copyOf(errors);
        conditions = List.copyOf(conditions);
    }

    static Transitions from(JsonNode node) {
        List<ErrorBranch> errors = new ArrayList<>();
        for (JsonNode e : node.path("Errors")) {
            errors.add(new ErrorBranch(e.path("ErrorType").asText(null), e.path("NextAction").asText(null)));
        }
        List<ConditionBranch> conditions = new ArrayList<>();
        for (JsonNode c : node.path("Conditions")) {
            List<String> operands = new ArrayList<>();
            for (JsonNode operand : c.path("Condition").path("Operands")) {
                operands.add(operand.asText());
            }
            conditions.add(new ConditionBranch(c.path("NextAction").asText(null),
                    c.path("Condition").path("Operator").asText(null), operands));
        }
        JsonNode next = node.get("NextAction");
        return new Transitions(next == null || next.isNull() ? null : next.asText(), errors, conditions);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextAction);
    }

    public Optional<String> errorTarget(String errorType) {
        return errors.stream().filter(e -> errorType.equals(e.errorType())).map(ErrorBranch::nextAction).findFirst();
    }

    public boolean isEmpty() {
        return nextAction == null && errors.isEmpty() && conditions.isEmpty();
    }

    /** Every action identifier this action can go to. */
    public List<String> targets() {
        List<String> targets = new ArrayList<>();
        if (nextAction != null) {
            targets.add(nextAction);
        }
        errors.forEach(e -> targets.add(e.nextAction()));
        conditions.forEach(c -> targets.add(c.nextAction()));
        return targets;
    }
}
