package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.Transitions.ConditionBranch;
import java.util.Optional;

/** Choosing an action's way on: the first condition a value meets, or the first error branch it has. */
final class Branches {

    private Branches() {
    }

    /** The first condition {@code value} meets (Equals, Number*, Text* as Compare evaluates them). */
    static Optional<ConditionBranch> matching(FlowAction action, String value) {
        return action.transitions().conditions().stream().filter(c -> CompareExecutor.matches(c, value)).findFirst();
    }

    /** Goes to the first condition {@code value} meets, else fails with {@code noMatch}. */
    static ActionOutcome byValue(FlowAction action, String value, String noMatch, String reason) {
        return matching(action, value).map(c -> ActionOutcome.goTo(c.nextAction()))
                .orElseGet(() -> ActionOutcome.error(noMatch, reason));
    }

    /**
     * An error of the first type in {@code types} the action has a branch for (else the last type, which
     * the simulator follows to NoMatchingError or the end of the call).
     */
    static ActionOutcome firstError(FlowAction action, String reason, String... types) {
        for (String type : types) {
            if (action.transitions().errorTarget(type).isPresent()) {
                return ActionOutcome.error(type, reason);
            }
        }
        return ActionOutcome.error(types[types.length - 1], reason);
    }

    /** Whether the action has an Errors branch of this type. */
    static boolean hasError(FlowAction action, String type) {
        return action.transitions().errorTarget(type).isPresent();
    }
}
