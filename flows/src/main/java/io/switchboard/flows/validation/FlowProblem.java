package io.switchboard.flows.validation;

/** One thing wrong with a flow. {@code actionId} is null for problems with the document as a whole. */
public record FlowProblem(String actionId, String message) {

    public static FlowProblem ofDocument(String message) {
        return new FlowProblem(null, message);
    }

    @Override
    public String toString() {
        return actionId == null ? message : "action '" + actionId + "': " + message;
    }
}
