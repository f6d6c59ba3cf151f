package io.switchboard.stack.deploy;

import java.util.Map;

/** How a stack operation ended: succeeded with outputs, failed, or stopped being watched. */
public sealed interface DeployResult {

    /** The stack's status when the result was taken. */
    String stackStatus();

    /** A sentence for the user. */
    String summary();

    /** The operation completed; {@code outputs} are the stack's outputs by key (empty after a delete). */
    record Succeeded(String stackName, String stackStatus, Map<String, String> outputs) implements DeployResult {
        public Succeeded {
            outputs = Map.copyOf(outputs);
        }

        @Override
        public String summary() {
            return stackName + ": " + stackStatus;
        }
    }

    /** The operation failed; the stack is in {@code failure.finalStatus()}. */
    record Failed(String stackName, DeployFailure failure) implements DeployResult {
        @Override
        public String stackStatus() {
            return failure.finalStatus();
        }

        @Override
        public String summary() {
            return stackName + ": " + failure.message();
        }
    }

    /** The user stopped watching; CloudFormation carries on with the stack as it is. */
    record Cancelled(String stackName, String stackStatus) implements DeployResult {
        @Override
        public String summary() {
            return "Stopped watching " + stackName + " (" + stackStatus + "). The stack was left as it is:"
                    + " CloudFormation finishes or rolls back the operation on its own.";
        }
    }
}
