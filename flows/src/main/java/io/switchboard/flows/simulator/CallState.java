package io.switchboard.flows.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The contact's data while a simulation runs, and the transcript being written. */
final class CallState {

    final SimulatedContact contact;
    final Map<String, String> attributes;
    final Map<String, String> flowAttributes = new LinkedHashMap<>();
    final Map<String, Integer> loopCounters = new HashMap<>();
    JsonNode external = JsonNodeFactory.instance.objectNode();
    String targetQueue;

    private final List<TranscriptStep> steps = new ArrayList<>();
    private final List<LambdaCall> lambdaCalls = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private Duration elapsed = Duration.ZERO;
    private Duration deadAir = Duration.ZERO;
    boolean tookErrorBranch;

    private final Consumer<TranscriptStep> stepListener;

    CallState(SimulatedContact contact, Consumer<TranscriptStep> stepListener) {
        this.contact = contact;
        this.stepListener = stepListener;
        this.attributes = new LinkedHashMap<>(contact.attributes());
    }

    /** Appends a step starting now and moves the call's clock on by its duration. */
    void record(String actionId, String type, StepKind kind, String description, Duration duration) {
        TranscriptStep step = new TranscriptStep(actionId, type, kind, description, elapsed, duration);
        steps.add(step);
        stepListener.accept(step);
        elapsed = elapsed.plus(duration);
    }

    void recordLambda(LambdaCall call, String description, Duration callerWaited) {
        lambdaCalls.add(call);
        deadAir = deadAir.plus(callerWaited);
        record(call.actionId(), "InvokeLambdaFunction", StepKind.LAMBDA, description, callerWaited);
    }

    void warn(String actionId, String message) {
        warnings.add("action '" + actionId + "': " + message);
    }

    ReferenceResolver references(String actionId) {
        return new ReferenceResolver(this, actionId);
    }

    CallTranscript finish(CallEnding ending) {
        return new CallTranscript(steps, ending, elapsed, deadAir, lambdaCalls, warnings, attributes);
    }
}
