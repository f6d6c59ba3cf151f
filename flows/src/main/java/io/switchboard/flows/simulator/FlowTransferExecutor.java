package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;
import java.util.Optional;

/**
 * TransferToFlow (ContactFlowId) and InvokeFlowModule (FlowModuleId): when the simulation's
 * {@link FlowLibrary} has the flow (by name, ARN or id) the call goes on inside it — a module returns
 * at its EndFlowModuleExecution — otherwise the call leaves this flow as TRANSFERRED_TO_FLOW.
 */
final class FlowTransferExecutor implements ActionExecutor {

    private final String idParameter;
    private final boolean module;

    private FlowTransferExecutor(String idParameter, boolean module) {
        this.idParameter = idParameter;
        this.module = module;
    }

    static FlowTransferExecutor transferToFlow() {
        return new FlowTransferExecutor("ContactFlowId", false);
    }

    static FlowTransferExecutor invokeModule() {
        return new FlowTransferExecutor("FlowModuleId", true);
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        String raw = action.textParameter(idParameter).orElse("");
        String target = state.references(action.identifier()).value(raw);
        String shown = target.isBlank() ? raw : target;
        if (shown.isBlank()) {
            return ActionOutcome.error("NoMatchingError", "no " + idParameter);
        }
        Optional<FlowLibrary.Entry> found = state.surroundings.flows().find(target.isBlank() ? raw : target);
        String what = module ? "flow module " : "flow ";
        if (found.isPresent()) {
            state.record(action.identifier(), action.type(), StepKind.SETTING, (module ? "invokes " : "transfers to ")
                    + what + "'" + found.get().name() + "' (" + found.get().file().getFileName() + ")", Duration.ZERO);
            return new ActionOutcome.EnterFlow(found.get(), module);
        }
        boolean hasLibrary = !state.surroundings.flows().isEmpty();
        state.record(action.identifier(), action.type(), StepKind.ENDING, (module ? "invokes " : "transferred to ") + what + shown
                + (hasLibrary ? " (not among the simulation's flows)" : " (no flows folder in the simulation)"), Duration.ZERO);
        return ActionOutcome.end(EndingKind.TRANSFERRED_TO_FLOW, shown);
    }
}
