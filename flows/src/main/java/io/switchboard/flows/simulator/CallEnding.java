package io.switchboard.flows.simulator;

/**
 * @param actionId           the action where the call ended
 * @param detail             e.g. the queue transferred to, or the unsupported action type
 * @param throughErrorBranch whether the call took any Errors branch on its way
 */
public record CallEnding(EndingKind kind, String actionId, String detail, boolean throughErrorBranch) {
}
