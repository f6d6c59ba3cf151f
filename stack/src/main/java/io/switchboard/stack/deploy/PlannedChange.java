package io.switchboard.stack.deploy;

/**
 * One row of a change set preview: what CloudFormation will do to one resource.
 *
 * @param details for a modification, which properties change and whether each forces a
 *                replacement; "" otherwise
 */
public record PlannedChange(Action action, String logicalId, String resourceType,
                            Replacement replacement, String details) {

    public enum Action { ADD, MODIFY, REMOVE, IMPORT, DYNAMIC }

    /** Whether a modification deletes the resource and creates a new one (new physical id). */
    public enum Replacement { TRUE, FALSE, CONDITIONAL }

    public PlannedChange {
        details = details == null ? "" : details;
    }
}
