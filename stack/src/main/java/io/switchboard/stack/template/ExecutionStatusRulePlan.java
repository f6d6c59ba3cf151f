package io.switchboard.stack.template;

import java.util.List;

/**
 * An EventBridge rule on <i>Step Functions Execution Status Change</i> events, which the sandbox
 * delivers itself: when an execution of one of {@code stateMachineArns} ends with one of
 * {@code statuses}, each target function is invoked asynchronously with the event.
 *
 * @param stateMachineArns the pattern's {@code detail.stateMachineArn} values (empty: any state machine)
 * @param statuses         the pattern's {@code detail.status} values (empty: any status)
 * @param targetArns       the Lambda functions (ARNs, possibly alias-qualified) the rule invokes
 */
public record ExecutionStatusRulePlan(String logicalId, List<String> stateMachineArns, List<String> statuses,
                                      List<String> targetArns) {
    public static final String SOURCE = "aws.states";
    public static final String DETAIL_TYPE = "Step Functions Execution Status Change";

    public ExecutionStatusRulePlan {
        stateMachineArns = List.copyOf(stateMachineArns);
        statuses = List.copyOf(statuses);
        targetArns = List.copyOf(targetArns);
    }

    public boolean matches(String stateMachineArn, String status) {
        return (stateMachineArns.isEmpty() || stateMachineArns.contains(stateMachineArn))
                && (statuses.isEmpty() || statuses.contains(status));
    }
}
