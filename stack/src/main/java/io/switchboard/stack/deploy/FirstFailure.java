package io.switchboard.stack.deploy;

import java.util.List;

/** Finds the failure that caused a stack operation to fail, ignoring the knock-on cancellations. */
final class FirstFailure {

    private static final String CANCELLED = "Resource creation cancelled";

    private FirstFailure() { }

    /** @param events the operation's events, oldest first */
    static DeployFailure in(List<StackEventRecord> events, String stackName, String finalStatus) {
        for (StackEventRecord event : events) {
            if (event.isFailure() && !event.isAboutStack() && !event.reason().startsWith(CANCELLED)) {
                return new DeployFailure(event.logicalId(), event.resourceType(), event.reason(), finalStatus);
            }
        }
        // No resource failed: the stack's own events say why (e.g. "Rollback requested by user").
        String reason = events.stream()
                .filter(e -> e.isAboutStack() && stackName.equals(e.logicalId()) && !e.reason().isEmpty())
                .map(StackEventRecord::reason)
                .findFirst()
                .orElse("CloudFormation gave no reason");
        return new DeployFailure(stackName, StackEventRecord.STACK_TYPE, reason, finalStatus);
    }
}
