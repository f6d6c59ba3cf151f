package io.switchboard.stack.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which failure a user is told about. */
class DeployFirstFailureTest {

    private static StackEventRecord event(int second, String logicalId, String type, String status, String reason) {
        return new StackEventRecord(logicalId + second, Instant.ofEpochSecond(second), logicalId, type, status, reason);
    }

    @Test
    void firstFailure_skipsCancellationsStampedBeforeTheRealCause() {
        List<StackEventRecord> events = List.of(
                event(1, "CallsTable", "AWS::DynamoDB::Table", "CREATE_FAILED", "Resource creation cancelled"),
                event(1, "VanityFunction", "AWS::Lambda::Function", "CREATE_FAILED", "Invalid role"),
                event(2, "AsyncFunction", "AWS::Lambda::Function", "CREATE_FAILED", "Later failure"));

        DeployFailure failure = FirstFailure.in(events, "switchboard", "ROLLBACK_COMPLETE");

        assertThat(failure.logicalId()).isEqualTo("VanityFunction");
        assertThat(failure.reason()).isEqualTo("Invalid role");
    }

    @Test
    void firstFailure_withoutAFailedResource_givesTheStacksOwnReason() {
        List<StackEventRecord> events = List.of(
                event(1, "switchboard", StackEventRecord.STACK_TYPE, "ROLLBACK_IN_PROGRESS", "Rollback requested by user."),
                event(2, "switchboard", StackEventRecord.STACK_TYPE, "ROLLBACK_COMPLETE", ""));

        DeployFailure failure = FirstFailure.in(events, "switchboard", "ROLLBACK_COMPLETE");

        assertThat(failure.message()).startsWith("switchboard (AWS::CloudFormation::Stack) failed: Rollback requested by user.");
    }
}
