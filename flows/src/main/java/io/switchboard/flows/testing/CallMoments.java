package io.switchboard.flows.testing;

import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.simulator.CallTranscript;
import io.switchboard.flows.simulator.LambdaCall;
import io.switchboard.flows.simulator.LambdaRoutes;
import io.switchboard.flows.simulator.StepKind;
import io.switchboard.flows.simulator.TranscriptStep;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A simulated call as a sequence of moments an observation can match: moment {@code i} is transcript
 * step {@code i}; {@link #START} is before the first step (TestInitiated) and {@link #end()} after the
 * last (TestCompleted).
 */
final class CallMoments {

    static final int START = -1;

    private final CallTranscript call;
    private final FlowDocument flow;
    /** For each step, the Lambda call it recorded, or null (a LAMBDA step takes its block's next call, in order). */
    private final List<LambdaCall> lambdaAt = new ArrayList<>();

    CallMoments(CallTranscript call, FlowDocument flow) {
        this.call = call;
        this.flow = flow;
        Map<String, Deque<LambdaCall>> byBlock = new HashMap<>();
        call.lambdaCalls().forEach(c -> byBlock.computeIfAbsent(c.actionId(), id -> new ArrayDeque<>()).add(c));
        for (TranscriptStep step : call.steps()) {
            Deque<LambdaCall> calls = byBlock.get(step.actionId());
            lambdaAt.add(step.kind() == StepKind.LAMBDA && calls != null ? calls.poll() : null);
        }
    }

    int end() {
        return call.steps().size();
    }

    CallTranscript call() {
        return call;
    }

    Duration offset(int moment) {
        if (moment <= START) {
            return Duration.ZERO;
        }
        return moment >= end() ? call.totalDuration() : call.steps().get(moment).start();
    }

    /** Moments in {@code [from, to)} where the event happens, in order. */
    List<Integer> find(ObservedEvent event, int from, int to) {
        List<Integer> found = new ArrayList<>();
        if (event instanceof ObservedEvent.TestInitiated) {
            return List.of(START);
        }
        if (event instanceof ObservedEvent.TestCompleted) {
            return List.of(to);
        }
        for (int i = Math.max(from, 0); i < Math.min(to, end()); i++) {
            if (happensAt(event, i)) {
                found.add(i);
            }
        }
        return found;
    }

    private boolean happensAt(ObservedEvent event, int i) {
        TranscriptStep step = call.steps().get(i);
        if (event instanceof ObservedEvent.MessageReceived message) {
            return step.kind() == StepKind.SPEECH && PromptMatcher.matches(message, step.description());
        }
        if (event instanceof ObservedEvent.FlowActionStarted started) {
            return blockType(step).equals(started.actionType()) && parametersMatch(started.parameters(), step);
        }
        return false;
    }

    /** The type of the flow block a step belongs to (a Wait on a Lambda records a Lambda-like step). */
    private String blockType(TranscriptStep step) {
        return flow.action(step.actionId()).map(FlowAction::type).orElse(step.actionType());
    }

    /**
     * A Lambda block matches on the function it calls (its static ARN, else the calls it made); a queue
     * transfer on its queue. Other blocks match on their type alone (the transcript keeps no parameters).
     */
    private boolean parametersMatch(Map<String, String> parameters, TranscriptStep step) {
        String arn = parameters.get("LambdaFunctionARN");
        if (arn != null && !arn.isBlank()) {
            return functionsOf(step.actionId()).stream().anyMatch(called -> LambdaRoutes.matches(arn.trim(), called));
        }
        String queue = parameters.get("QueueId");
        if (queue != null && !queue.isBlank()) {
            return step.description().contains(queue.trim());
        }
        return true;
    }

    /** The functions a Lambda block calls: its static LambdaFunctionARN, else those its calls went to. */
    private List<String> functionsOf(String actionId) {
        Optional<String> fixed = flow.action(actionId).flatMap(a -> a.textParameter("LambdaFunctionARN"))
                .filter(arn -> !arn.isBlank() && !arn.trim().startsWith("$."));
        if (fixed.isPresent()) {
            return List.of(fixed.get().trim());
        }
        return call.lambdaCalls().stream().filter(c -> c.actionId().equals(actionId)).map(LambdaCall::functionArn).distinct().toList();
    }

    /** The prompts heard in {@code [from, to)}, each with its offset, for a "seen" line. */
    List<String> promptsHeard(int from, int to) {
        List<String> heard = new ArrayList<>();
        for (int i = Math.max(from, 0); i < Math.min(to, end()); i++) {
            TranscriptStep step = call.steps().get(i);
            if (step.kind() == StepKind.SPEECH) {
                heard.add("\"" + step.description() + "\" at " + TestReport.clock(step.start()));
            }
        }
        return heard;
    }

    /** The blocks of a type run in {@code [from, to)}, for a "seen" line. */
    List<String> blocksRun(String actionType, int from, int to) {
        List<String> run = new ArrayList<>();
        for (int i = Math.max(from, 0); i < Math.min(to, end()); i++) {
            TranscriptStep step = call.steps().get(i);
            if (blockType(step).equals(actionType)) {
                List<String> functions = actionType.equals("InvokeLambdaFunction") ? functionsOf(step.actionId()) : List.of();
                run.add("'" + step.actionId() + "'" + (functions.isEmpty() ? ": " + step.description() : " calling " + String.join(", ", functions))
                        + " at " + TestReport.clock(step.start()));
            }
        }
        return run;
    }

    /** The response of the last successful Lambda call before {@code moment} ({@code $.External}), or null. */
    String externalBefore(int moment) {
        String latest = null;
        for (int i = 0; i < Math.min(moment, end()); i++) {
            LambdaCall lambda = lambdaAt.get(i);
            if (lambda != null && lambda.outcome() == io.switchboard.flows.simulator.LambdaCallOutcome.OK) {
                latest = lambda.response();
            }
        }
        return latest;
    }

    /** The queue the contact was set to or transferred to before {@code moment}, or null. */
    String queueBefore(int moment) {
        String queue = null;
        for (int i = 0; i < Math.min(moment, end()); i++) {
            TranscriptStep step = call.steps().get(i);
            if (step.actionType().equals("UpdateContactTargetQueue") || step.actionType().equals("TransferContactToQueue")) {
                String[] words = step.description().split(" ");
                queue = words[words.length - 1];
            }
        }
        return queue;
    }
}
