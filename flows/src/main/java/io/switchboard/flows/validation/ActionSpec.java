package io.switchboard.flows.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What AWS's Flow Language reference says about one action type (one entry of {@code action-catalog.json}).
 *
 * @param page            the action's reference page (absolute URL)
 * @param unchecked       true when only the type is known: its parameters and errors are not modelled
 * @param conditions      none, any or equals (Equals only)
 * @param operands        the only condition operands allowed (empty: any)
 * @param requiredOperands the Equals conditions the page says must be present
 * @param operandPattern  a regular expression every operand must match (null: any)
 * @param errors          the error types the page lists
 * @param ends            no, flow (ends the flow on success; error branches allowed) or always ({@code Transitions} must be {})
 * @param onlyIn          the flow types the action is limited to (empty: no limit)
 * @param notIn           the flow types the action is not supported in
 */
record ActionSpec(String type, String page, boolean unchecked, Map<String, ParameterSpec> parameters,
                  List<List<String>> exactlyOneOf, List<List<String>> atMostOneOf,
                  String conditions, List<String> operands, List<String> requiredOperands, String operandPattern,
                  List<String> errors, String ends, Set<String> onlyIn, Set<String> notIn) {

    /** The errors every action may name (flow-language-actions.html, "Errors"). */
    static final Set<String> COMMON_ERRORS = Set.of("NoMatchingError", "NoMatchingCondition");

    boolean endsFlow() {
        return !"no".equals(ends);
    }

    boolean mustHaveNoTransitions() {
        return "always".equals(ends);
    }

    boolean supportsConditions() {
        return !"none".equals(conditions);
    }
}
