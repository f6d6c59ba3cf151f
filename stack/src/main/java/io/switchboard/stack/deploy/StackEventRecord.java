package io.switchboard.stack.deploy;

import java.time.Instant;

/**
 * One stack event as a user sees it in the event list. Plain data, so the sandbox provisioner can
 * emit the same records as CloudFormation.
 *
 * @param status a CloudFormation resource status such as {@code CREATE_IN_PROGRESS}
 * @param reason CloudFormation's status reason, or "" when it gave none
 */
public record StackEventRecord(String eventId, Instant timestamp, String logicalId,
                               String resourceType, String status, String reason) {

    public static final String STACK_TYPE = "AWS::CloudFormation::Stack";

    public StackEventRecord {
        reason = reason == null ? "" : reason;
    }

    /** The resource reached a state it will not leave during this operation. */
    public boolean isFinished() {
        return status.endsWith("_COMPLETE") || status.endsWith("_FAILED") || status.equals("DELETE_SKIPPED");
    }

    public boolean isFailure() {
        return status.endsWith("_FAILED");
    }

    /** The event is about the stack itself rather than one of its resources. */
    public boolean isAboutStack() {
        return STACK_TYPE.equals(resourceType);
    }
}
