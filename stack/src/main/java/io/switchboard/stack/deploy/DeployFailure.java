package io.switchboard.stack.deploy;

/**
 * Why a stack operation failed, for the user: the first resource that failed and what the
 * rollback did afterwards.
 *
 * @param logicalId the first failed resource, or the stack's name when no resource failed
 * @param reason CloudFormation's reason for that failure
 * @param finalStatus the stack's status when the operation ended, e.g. {@code ROLLBACK_COMPLETE}
 */
public record DeployFailure(String logicalId, String resourceType, String reason, String finalStatus) {

    /** What the rollback did, in words. */
    public String rollbackOutcome() {
        return switch (finalStatus) {
            case "ROLLBACK_COMPLETE" -> "The stack was rolled back: everything it created was deleted."
                    + " Delete the stack before deploying it again.";
            case "UPDATE_ROLLBACK_COMPLETE" -> "The update was rolled back: the stack is as it was before.";
            case "ROLLBACK_FAILED", "UPDATE_ROLLBACK_FAILED" -> "The rollback failed too ("
                    + finalStatus + "): some resources need fixing by hand before the stack can change again.";
            case "DELETE_FAILED" -> "The stack was not deleted (DELETE_FAILED).";
            default -> "The stack ended in " + finalStatus + ".";
        };
    }

    /** One paragraph: which resource, why, and the rollback's outcome. */
    public String message() {
        return logicalId + " (" + resourceType + ") failed: " + reason + "\n" + rollbackOutcome();
    }
}
