package io.switchboard.flows.simulator;

/** Where the simulator goes after an action ran. */
sealed interface ActionOutcome {

    /** Follow the action's NextAction. */
    record Next() implements ActionOutcome {
    }

    /** Go to this action (a matched condition, or Compare's no-match branch). */
    record GoTo(String actionId) implements ActionOutcome {
    }

    /** The action failed: follow the Errors branch of this type, else NoMatchingError. */
    record Error(String errorType, String reason) implements ActionOutcome {
    }

    /** The contact leaves the flow. */
    record End(EndingKind kind, String detail) implements ActionOutcome {
    }

    /** Continue in another flow: a transfer (the caller never comes back) or a module (returns at EndFlowModuleExecution). */
    record EnterFlow(FlowLibrary.Entry flow, boolean module) implements ActionOutcome {
    }

    /** EndFlowModuleExecution: back to the flow that invoked the module, at the invoking action's NextAction. */
    record ReturnFromModule() implements ActionOutcome {
    }

    static ActionOutcome next() {
        return new Next();
    }

    static ActionOutcome goTo(String actionId) {
        return new GoTo(actionId);
    }

    static ActionOutcome error(String errorType, String reason) {
        return new Error(errorType, reason);
    }

    static ActionOutcome end(EndingKind kind, String detail) {
        return new End(kind, detail);
    }
}
