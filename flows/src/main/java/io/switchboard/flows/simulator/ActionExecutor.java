package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;

/** Plays one action type: updates the call state, records what the caller experienced, says where to go. */
interface ActionExecutor {

    ActionOutcome execute(FlowAction action, CallState state);
}
