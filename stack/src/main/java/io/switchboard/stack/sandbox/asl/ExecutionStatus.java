package io.switchboard.stack.sandbox.asl;

/** The statuses DescribeExecution and ListExecutions report. */
public enum ExecutionStatus {
    RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED
}
