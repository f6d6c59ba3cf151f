package io.switchboard.flows.testing;

import io.switchboard.flows.simulator.CallTranscript;
import io.switchboard.flows.simulator.LambdaCall;
import io.switchboard.flows.simulator.LambdaRoutes;
import io.switchboard.flows.simulator.StepKind;
import io.switchboard.flows.simulator.TranscriptStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A simulated call as a sequence of moments an observation can match: moment {@code i} is transcript
 * step {@code i}; {@link #START} is before the first step (TestInitiated) and {@link #end()} after the
 * last (TestCompleted).
 */
final class CallMoments {

    static final int START = -1;

    private final CallTranscript call;
    /** For each step, the Lambda call it recorded (LAMBDA steps and lambdaCalls are written together), or null. */
    private final List<LambdaCall> lambdaAt = new ArrayList<>();

    CallMoments(CallTranscript call) {
        this.call = call;
        int next = 0;
        for (TranscriptStep step : call.steps()) {
            boolean isLambda = step.kind() == StepKind.LAMBDA && next < call.lambdaCalls().size();
            lambdaAt.add(isLambda ? call.lambdaCalls().get(next++) : null);
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
            if (!step.actionType().equals(started.actionType())) {
                return false;
            }
            return parametersMatch(started.parameters(), step, lambdaAt.get(i));
        }
        return false;
    }

    /**
     * A Lambda block matches on the function it called; a queue transfer on its queue. Other blocks
     * match on their type alone (the transcript does not keep their parameters).
     */
    private static boolean parametersMatch(Map<String, String> parameters, TranscriptStep step, LambdaCall lambda) {
        String arn = parameters.get("LambdaFunctionARN");
        if (arn != null && !arn.isBlank()) {
            return lambda != null && LambdaRoutes.matches(arn.trim(), lambda.functionArn());
        }
        String queue = parameters.get("QueueId");
        if (queue != null && !queue.isBlank()) {
            return step.description().contains(queue.trim());
        }
        return true;
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
            if (step.actionType().equals(actionType)) {
                LambdaCall lambda = lambdaAt.get(i);
                run.add("'" + step.actionId() + "'" + (lambda != null ? " calling " + lambda.functionArn() : ": " + step.description())
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
