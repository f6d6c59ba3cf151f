package io.switchboard.flows.validation;

import static io.switchboard.flows.TestFlows.document;
import static io.switchboard.flows.TestFlows.minimal;
import static io.switchboard.flows.TestFlows.withActionAfterStart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Small flows for validator tests: the minimal flow with one action under test after its start. */
final class ValidationFlows {

    private static final FlowValidator VALIDATOR = new FlowValidator();

    private ValidationFlows() {
    }

    /** Every finding for the minimal flow with {@code action} inserted after its start action. */
    static List<FlowProblem> findingsWith(ObjectNode action) {
        return VALIDATOR.validate(document(withActionAfterStart(minimal(), action)));
    }

    static List<FlowProblem> findings(ObjectNode flow) {
        return VALIDATOR.validate(document(flow));
    }

    static List<FlowProblem> errors(List<FlowProblem> problems) {
        return problems.stream().filter(FlowProblem::isError).toList();
    }

    static List<FlowProblem> warnings(List<FlowProblem> problems) {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }

    static ObjectNode parameters(ObjectNode action) {
        return (ObjectNode) action.get("Parameters");
    }

    /** Adds a condition {@code operator operand → next} (creating Conditions if absent). */
    static ObjectNode withCondition(ObjectNode action, String operator, String operand, String next) {
        ObjectNode transitions = (ObjectNode) action.get("Transitions");
        ArrayNode conditions = transitions.has("Conditions") ? (ArrayNode) transitions.get("Conditions")
                : transitions.putArray("Conditions");
        conditions.addObject().put("NextAction", next)
                .putObject("Condition").put("Operator", operator).putArray("Operands").add(operand);
        return action;
    }

    /** Drops every error branch (the action then has only its NextAction). */
    static ObjectNode withoutErrors(ObjectNode action) {
        ((ObjectNode) action.get("Transitions")).remove("Errors");
        return action;
    }
}
