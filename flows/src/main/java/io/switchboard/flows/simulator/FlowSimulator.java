package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plays a flow for one simulated inbound voice contact, offline: what the caller hears, how long
 * they wait, which branches run. Lambda blocks go through a {@link LambdaInvoker}.
 *
 * <pre>{@code
 * FlowSimulator simulator = new FlowSimulator(invoker, SimulationOptions.defaults().withTimeScale(0));
 * CallTranscript call = simulator.simulate(FlowDocument.fromClasspath("vanity", arns),
 *         SimulatedContact.inbound("+18003569377"));
 * System.out.println(TranscriptRenderer.render(call));
 * }</pre>
 */
public final class FlowSimulator {

    private final SimulationOptions options;
    private final Map<String, ActionExecutor> executors;

    public FlowSimulator(LambdaInvoker invoker) {
        this(invoker, SimulationOptions.defaults());
    }

    public FlowSimulator(LambdaInvoker invoker, SimulationOptions options) {
        this.options = options;
        Pacer pacer = new Pacer(options);
        this.executors = Map.ofEntries(
                Map.entry("MessageParticipant", new MessageParticipantExecutor(pacer)),
                Map.entry("InvokeLambdaFunction", new InvokeLambdaFunctionExecutor(invoker, options.clock())),
                Map.entry("UpdateContactAttributes", new UpdateContactAttributesExecutor()),
                Map.entry("UpdateFlowAttributes", new UpdateFlowAttributesExecutor()),
                Map.entry("Compare", new CompareExecutor()),
                Map.entry("Loop", new LoopExecutor()),
                Map.entry("Wait", new WaitExecutor(pacer)),
                Map.entry("UpdateFlowLoggingBehavior", SettingExecutor.flowLogging()),
                Map.entry("UpdateContactTextToSpeechVoice", SettingExecutor.voice()),
                Map.entry("UpdateContactTargetQueue", new UpdateContactTargetQueueExecutor()),
                Map.entry("TransferContactToQueue", new TransferContactToQueueExecutor(options.queuesAtCapacity())),
                Map.entry("DisconnectParticipant", new DisconnectParticipantExecutor()));
    }

    /** Action types this simulator plays; any other type ends the call as UNSUPPORTED_ACTION. */
    public Set<String> supportedActionTypes() {
        return executors.keySet();
    }

    public CallTranscript simulate(FlowDocument flow, SimulatedContact contact) {
        CallState state = new CallState(contact, options.stepListener());
        String current = flow.startAction();
        for (int step = 0; step < options.maxSteps(); step++) {
            Optional<FlowAction> found = current == null ? Optional.empty() : flow.action(current);
            if (found.isEmpty()) {
                return end(state, EndingKind.BROKEN_FLOW, current, "no action '" + current + "' in the flow");
            }
            FlowAction action = found.get();
            ActionExecutor executor = executors.get(action.type());
            if (executor == null) {
                state.warn(action.identifier(), "unsupported action type " + action.type());
                state.record(action.identifier(), action.type(), StepKind.ENDING,
                        "unsupported action " + action.type() + ": simulation stops here", Duration.ZERO);
                return end(state, EndingKind.UNSUPPORTED_ACTION, action.identifier(), action.type());
            }
            ActionOutcome outcome = executor.execute(action, state);
            if (outcome instanceof ActionOutcome.End end) {
                return end(state, end.kind(), action.identifier(), end.detail());
            }
            if (outcome instanceof ActionOutcome.GoTo goTo) {
                current = goTo.actionId();
            } else if (outcome instanceof ActionOutcome.Error error) {
                Optional<String> branch = action.transitions().errorTarget(error.errorType())
                        .or(() -> action.transitions().errorTarget("NoMatchingError"));
                if (branch.isEmpty()) {
                    state.warn(action.identifier(), error.errorType() + " (" + error.reason() + ") and no Errors branch");
                    return end(state, EndingKind.ERROR_PATH, action.identifier(), error.errorType() + ": " + error.reason());
                }
                state.tookErrorBranch = true;
                current = branch.get();
            } else {
                current = action.transitions().nextAction();
                if (current == null) {
                    return end(state, EndingKind.BROKEN_FLOW, action.identifier(), "no NextAction after " + action.type());
                }
            }
        }
        state.warn(current, "stopped after " + options.maxSteps() + " steps; the flow may loop forever");
        return end(state, EndingKind.STEP_LIMIT, current, options.maxSteps() + " steps");
    }

    private static CallTranscript end(CallState state, EndingKind kind, String actionId, String detail) {
        return state.finish(new CallEnding(kind, actionId, detail, state.tookErrorBranch));
    }
}
