package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;

/**
 * EndFlowExecution (End flow / Resume) and EndFlowModuleExecution. Ending a whisper, queue, hold or
 * transfer flow hands the contact back to where it was going: ENDED. The admin guide (end-flow-resume)
 * says that in an inbound flow it works like Disconnect, so a flow whose {@code Metadata.type} says it is
 * an inbound flow ({@code contactFlow}) ends DISCONNECTED. EndFlowModuleExecution returns to the
 * invoking flow when there is one.
 */
final class EndFlowExecutor implements ActionExecutor {

    private final boolean module;

    private EndFlowExecutor(boolean module) {
        this.module = module;
    }

    static EndFlowExecutor endFlow() {
        return new EndFlowExecutor(false);
    }

    static EndFlowExecutor endModule() {
        return new EndFlowExecutor(true);
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        if (module && state.inModule()) {
            state.record(action.identifier(), action.type(), StepKind.SETTING, "module ends: back to the invoking flow", Duration.ZERO);
            return new ActionOutcome.ReturnFromModule();
        }
        if (!module && "contactFlow".equals(state.flowType())) {
            state.record(action.identifier(), action.type(), StepKind.ENDING,
                    "end of an inbound flow: Connect disconnects the call", Duration.ZERO);
            return ActionOutcome.end(EndingKind.DISCONNECTED, "end of inbound flow");
        }
        state.record(action.identifier(), action.type(), StepKind.ENDING,
                module ? "module ends (nothing invoked it in this simulation)" : "flow ends; the contact goes on where it was headed",
                Duration.ZERO);
        return ActionOutcome.end(EndingKind.ENDED, "");
    }
}
