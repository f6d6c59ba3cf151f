package io.switchboard.stack.sandbox.asl;

import java.util.List;

/** ErrorEquals matching, with the two wildcards States.ALL and States.TaskFailed. */
final class ErrorMatcher {
    private ErrorMatcher() {
    }

    static boolean matches(List<String> errorEquals, StatesError error) {
        if (error.error() == null) {
            // A Fail state without Error: only the wildcard can name it.
            return errorEquals.contains(StatesError.ALL);
        }
        if (error.isTerminal()) {
            return errorEquals.contains(error.error());
        }
        return errorEquals.contains(StatesError.ALL)
                || errorEquals.contains(error.error())
                || errorEquals.contains(StatesError.TASK_FAILED) && !StatesError.TIMEOUT.equals(error.error());
    }
}
