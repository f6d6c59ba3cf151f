package io.switchboard.flows.validation;

/**
 * One thing wrong with a flow. {@code actionId} is null for problems with the document as a whole;
 * {@code documentation} is the AWS page the rule comes from (null when none applies).
 */
public record FlowProblem(String actionId, String message, Severity severity, String documentation) {

    /** An ERROR without a documentation page (kept for callers written before severities). */
    public FlowProblem(String actionId, String message) {
        this(actionId, message, Severity.ERROR, null);
    }

    public static FlowProblem ofDocument(String message) {
        return new FlowProblem(null, message);
    }

    public static FlowProblem error(String actionId, String message, String documentation) {
        return new FlowProblem(actionId, message, Severity.ERROR, documentation);
    }

    public static FlowProblem warning(String actionId, String message, String documentation) {
        return new FlowProblem(actionId, message, Severity.WARNING, documentation);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return actionId == null ? message : "action '" + actionId + "': " + message;
    }
}
