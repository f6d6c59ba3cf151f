package io.switchboard.flows.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.FlowAction;
import java.time.Duration;
import java.util.Optional;

/**
 * MessageParticipantIteratively (Loop prompts; participant-actions-messageparticipantiteratively): in
 * Connect the prompts repeat until an agent takes the contact or, every InterruptFrequencySeconds, the
 * {@code MessagesInterrupted} branch runs. The simulation plays the prompts once, then:
 * <ul>
 *   <li>an agent is available on the working queue ({@link Surroundings#metricsFor}): the agent answers
 *       and the queue flow ENDED;</li>
 *   <li>no agent, and the block is interruptible: the MessagesInterrupted branch, up to
 *       {@link #MAX_ROUNDS} times — then the simulation stops the wait (ENDED);</li>
 *   <li>no agent and no interruption: the prompts would loop until an agent answers (ENDED).</li>
 * </ul>
 */
final class MessageParticipantIterativelyExecutor implements ActionExecutor {

    static final int MAX_ROUNDS = 3;

    private final PromptPlayer prompts;
    private final Pacer pacer;

    MessageParticipantIterativelyExecutor(PromptPlayer prompts, Pacer pacer) {
        this.prompts = prompts;
        this.pacer = pacer;
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        Duration before = state.elapsed();
        for (JsonNode message : action.parameters().path("Messages")) {
            Optional<ActionOutcome> failed = prompts.play(action.identifier(), action.type(), message, state);
            if (failed.isPresent()) {
                return failed.get();
            }
        }
        int round = state.visit(action.identifier());
        QueueMetrics queue = state.surroundings.metricsFor(state.targetQueue);
        if (queue.agentsAvailable() > 0) {
            state.record(action.identifier(), action.type(), StepKind.ENDING,
                    "an agent is available: the agent takes the call and the queue flow ends", Duration.ZERO);
            return ActionOutcome.end(EndingKind.ENDED, "answered by an agent");
        }
        int every = interruptSeconds(action, state);
        var interrupted = action.transitions().conditions().stream()
                .filter(c -> c.operands().contains("MessagesInterrupted")).findFirst();
        if (interrupted.isPresent() && every > 0 && round <= MAX_ROUNDS) {
            Duration played = state.elapsed().minus(before);
            Duration rest = Duration.ofSeconds(every).minus(played);
            if (!rest.isNegative() && !rest.isZero()) {
                state.record(action.identifier(), action.type(), StepKind.PAUSE, "prompts repeat; no agent available", rest);
                pacer.waitFor(rest);
            }
            state.record(action.identifier(), action.type(), StepKind.BRANCH,
                    "interrupted after " + every + " s (MessagesInterrupted, round " + round + ")", Duration.ZERO);
            return ActionOutcome.goTo(interrupted.get().nextAction());
        }
        state.record(action.identifier(), action.type(), StepKind.ENDING, round > MAX_ROUNDS
                ? "still no agent after " + MAX_ROUNDS + " rounds: the simulation stops waiting"
                : "no agent available: the prompts loop until one answers; the simulation stops here", Duration.ZERO);
        return ActionOutcome.end(EndingKind.ENDED, "waiting in queue");
    }

    private static int interruptSeconds(FlowAction action, CallState state) {
        String raw = state.references(action.identifier()).value(action.textParameter("InterruptFrequencySeconds").orElse("0"));
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
