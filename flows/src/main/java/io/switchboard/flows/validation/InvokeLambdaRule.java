package io.switchboard.flows.validation;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.References;
import java.util.List;
import java.util.Set;

/**
 * InvokeLambdaFunction: a synchronous call waits 1..8 whole seconds (the reference page); an
 * {@code ASYNCHRONOUS} one may be given up to 60 (the administrator guide's Invoke AWS Lambda function
 * block); the response type is STRING_MAP or JSON.
 */
final class InvokeLambdaRule extends ActionRule {

    static final int MAX_SYNC_SECONDS = 8;
    static final int MAX_ASYNC_SECONDS = 60;
    static final String BLOCK_PAGE = "https://docs.aws.amazon.com/connect/latest/adminguide/invoke-lambda-function-block.html";
    private static final Set<String> RESPONSE_TYPES = Set.of("STRING_MAP", "JSON");

    InvokeLambdaRule() {
        super("InvokeLambdaFunction");
    }

    @Override
    void check(FlowDocument flow, FlowAction action, List<FlowProblem> problems) {
        String id = action.identifier();
        boolean async = "ASYNCHRONOUS".equals(action.textParameter("InvocationType").orElse(""));
        action.textParameter("InvocationTimeLimitSeconds").filter(limit -> !References.isReference(limit)).ifPresent(limit -> {
            int max = async ? MAX_ASYNC_SECONDS : MAX_SYNC_SECONDS;
            try {
                long seconds = Long.parseLong(limit.trim());
                if (seconds > max) {
                    problems.add(FlowProblem.error(id, "InvocationTimeLimitSeconds must be 1.." + max + " for "
                            + (async ? "an ASYNCHRONOUS" : "a synchronous") + " call, found " + seconds, async ? BLOCK_PAGE : page()));
                }
            } catch (NumberFormatException notANumber) {
                // ParameterRule reports it
            }
        });
        String responseType = action.parameters().path("ResponseValidation").path("ResponseType").asText(null);
        if (responseType != null && !RESPONSE_TYPES.contains(responseType)) {
            problems.add(FlowProblem.error(id, "ResponseValidation.ResponseType must be STRING_MAP or JSON, found "
                    + responseType, page()));
        }
    }
}
