package io.switchboard.stack.deploy;

import java.util.List;

/**
 * A change set ready for the user to confirm, or the news that there is nothing to change.
 *
 * @param changeSetId the change set's ARN; "" when there are no changes (that change set is
 *                    already deleted)
 */
public record ChangeSetPreview(String stackName, String changeSetId, Kind kind, Status status,
                               List<PlannedChange> changes) {

    /** CREATE makes a new stack; UPDATE changes an existing one. */
    public enum Kind { CREATE, UPDATE }

    public enum Status { READY, NO_CHANGES }

    public ChangeSetPreview {
        changes = List.copyOf(changes);
    }

    public static ChangeSetPreview noChanges(String stackName, Kind kind) {
        return new ChangeSetPreview(stackName, "", kind, Status.NO_CHANGES, List.of());
    }

    public boolean hasChanges() {
        return status == Status.READY;
    }

    /** Resources touched plus the stack itself: what "done" counts up to. */
    public int progressTotal() {
        return changes.size() + 1;
    }
}
