package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import java.util.List;
import java.util.Set;

/** InvokeLambdaFunction: a function ARN, a time limit of 1..8 whole seconds, a known response type. */
final class InvokeLambdaRule extends ActionRule {

    static final int MAX_SYNC_SECONDS = 8;
    private static final Set<String> RESPONSE_TYPES = Set.of("STRING_MAP", "JSON");

    InvokeLambdaRule() {
        super("InvokeLambdaFunction");
    }

    @Override
    void check(FlowAction action, List<FlowProblem> problems) {
        String id = action.identifier();
        if (action.textParameter("LambdaFunctionARN").filter(s -> !s.isBlank()).isEmpty()) {
            problems.add(new FlowProblem(id, "InvokeLambdaFunction has no LambdaFunctionARN"));
        }
        action.textParameter("InvocationTimeLimitSeconds").ifPresent(limit -> checkLimit(id, limit, problems));
        String responseType = action.parameters().path("ResponseValidation").path("ResponseType").asText(null);
        if (responseType != null && !RESPONSE_TYPES.contains(responseType)) {
            problems.add(new FlowProblem(id, "ResponseValidation.ResponseType must be STRING_MAP or JSON, found " + responseType));
        }
        if (action.hasParameter("LambdaInvocationAttributes") && !action.parameters().get("LambdaInvocationAttributes").isObject()) {
            problems.add(new FlowProblem(id, "LambdaInvocationAttributes must be an object of strings"));
        }
    }

    private static void checkLimit(String id, String limit, List<FlowProblem> problems) {
        checkWholeNumber(id, "InvocationTimeLimitSeconds", limit, 1, MAX_SYNC_SECONDS, "", " of seconds", problems);
    }
}
