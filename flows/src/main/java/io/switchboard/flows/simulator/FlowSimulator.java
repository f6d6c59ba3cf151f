package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plays a flow for one simulated inbound voice contact, offline: what the caller hears, how long
 * they wait, which branches run. Lambda blocks go through a {@link LambdaInvoker}; what the caller
 * presses or says comes from {@link SimulationOptions#caller()}, and hours, queues, other flows and
 * services from {@link SimulationOptions#surroundings()}.
 *
 * <pre>{@code
 * FlowSimulator simulator = new FlowSimulator(invoker, SimulationOptions.defaults().withTimeScale(0)
 *         .withCaller(CallerScript.dtmf("1")));
 * CallTranscript call = simulator.simulate(FlowDocument.fromClasspath("vanity", arns),
 *         SimulatedContact.inbound("+18003569377"));
 * System.out.println(TranscriptRenderer.render(call));
 * }</pre>
 *
 * An action type it does not know ends the call UNSUPPORTED_ACTION naming the type; an unexpected
 * failure inside an action ends it SIMULATION_ERROR with the message. Neither throws.
 */
public final class FlowSimulator {

    private final SimulationOptions options;
    private final Map<String, ActionExecutor> executors;

    public FlowSimulator(LambdaInvoker invoker) {
        this(invoker, SimulationOptions.defaults());
    }

    public FlowSimulator(LambdaInvoker invoker, SimulationOptions options) {
        this.options = options;
        this.executors = ActionExecutors.create(invoker, options);
    }

    /** Action types this simulator plays; any other type ends the call as UNSUPPORTED_ACTION. */
    public Set<String> supportedActionTypes() {
        return executors.keySet();
    }

    public CallTranscript simulate(FlowDocument flow, SimulatedContact contact) {
        CallState state = new CallState(contact, options.stepListener(), options.caller(), options.surroundings());
        state.frames.addLast(new CallState.FlowFrame(flow, "", null));
        String current = flow.startAction();
        for (int step = 0; step < options.maxSteps(); step++) {
            FlowDocument playing = state.frames.peekLast().flow();
            Optional<FlowAction> found = current == null ? Optional.empty() : playing.action(current);
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
            ActionOutcome outcome;
            try {
                outcome = executor.execute(action, state);
            } catch (SimulationInterruptedException e) {
                throw e;
            } catch (RuntimeException e) {
                state.warn(action.identifier(), "the simulator failed on " + action.type() + ": " + e);
                state.record(action.identifier(), action.type(), StepKind.ENDING,
                        "simulation error in " + action.type() + ": " + e.getMessage(), Duration.ZERO);
                return end(state, EndingKind.SIMULATION_ERROR, action.identifier(), action.type() + ": " + e);
            }
            if (outcome instanceof ActionOutcome.End end) {
                return end(state, end.kind(), action.identifier(), end.detail());
            }
            Move move = next(action, outcome, state);
            if (move.failure() != null) {
                return end(state, EndingKind.ERROR_PATH, action.identifier(), move.failure());
            }
            current = move.to();
            if (current == null && HANDS_BACK.contains(state.flowType())) {
                state.record(action.identifier(), action.type(), StepKind.ENDING,
                        "end of the " + state.flowType() + " flow; the contact goes on where it was headed", Duration.ZERO);
                return end(state, EndingKind.ENDED, action.identifier(), "end of " + state.flowType() + " flow");
            }
            if (current == null) {
                return end(state, EndingKind.BROKEN_FLOW, action.identifier(), "no NextAction after " + action.type());
            }
        }
        state.warn(current, "stopped after " + options.maxSteps() + " steps; the flow may loop forever");
        return end(state, EndingKind.STEP_LIMIT, current, options.maxSteps() + " steps");
    }

    /** Flow types ({@code Metadata.type}) that hand the contact back when they run out of actions: queue, hold, whisper, transfer. */
    private static final Set<String> HANDS_BACK = Set.of("customerQueue", "customerHold", "customerWhisper", "agentHold",
            "agentWhisper", "outboundWhisper", "agentTransfer", "queueTransfer");

    /** Where the call goes: an action of the flow now playing (null: none), or a failure with no Errors branch. */
    private record Move(String to, String failure) {
        static Move to(String actionId) {
            return new Move(actionId, null);
        }
    }

    private static Move next(FlowAction action, ActionOutcome outcome, CallState state) {
        if (outcome instanceof ActionOutcome.GoTo goTo) {
            return Move.to(goTo.actionId());
        }
        if (outcome instanceof ActionOutcome.Error error) {
            Optional<String> branch = action.transitions().errorTarget(error.errorType())
                    .or(() -> action.transitions().errorTarget("NoMatchingError"));
            if (branch.isEmpty()) {
                state.warn(action.identifier(), error.errorType() + " (" + error.reason() + ") and no Errors branch");
                return new Move(null, error.errorType() + ": " + error.reason());
            }
            state.tookErrorBranch = true;
            return Move.to(branch.get());
        }
        if (outcome instanceof ActionOutcome.EnterFlow enter) {
            FlowDocument target = enter.flow().document();
            if (!enter.module()) {
                state.frames.clear();
            }
            state.frames.addLast(new CallState.FlowFrame(target, enter.flow().name(),
                    enter.module() ? action.transitions().nextAction() : null));
            return Move.to(target.startAction());
        }
        if (outcome instanceof ActionOutcome.ReturnFromModule) {
            CallState.FlowFrame module = state.frames.removeLast();
            return Move.to(module.resumeAt());
        }
        return Move.to(action.transitions().nextAction());
    }

    private static CallTranscript end(CallState state, EndingKind kind, String actionId, String detail) {
        return state.finish(new CallEnding(kind, actionId, detail, state.tookErrorBranch));
    }
}
