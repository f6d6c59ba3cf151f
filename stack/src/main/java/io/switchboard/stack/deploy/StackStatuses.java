package io.switchboard.stack.deploy;

import java.util.Set;

/** What CloudFormation's stack statuses mean for an operation we started. */
final class StackStatuses {

    private static final Set<String> SUCCESS = Set.of("CREATE_COMPLETE", "UPDATE_COMPLETE", "DELETE_COMPLETE",
            "IMPORT_COMPLETE");

    private StackStatuses() { }

    /** No operation is running on a stack in this status (REVIEW_IN_PROGRESS waits for a change set). */
    static boolean isSettled(String status) {
        return !status.endsWith("_IN_PROGRESS") || "REVIEW_IN_PROGRESS".equals(status);
    }

    /** The operation is over: CloudFormation will not change this status on its own. */
    static boolean isTerminal(String status) {
        return !status.endsWith("_IN_PROGRESS");
    }

    static boolean isSuccess(String status) {
        return SUCCESS.contains(status);
    }
}
