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
    /** {@code $.FlowAttributes}: those of the flow playing now. */
    Map<String, String> flowAttributes = new LinkedHashMap<>();
    final Map<String, Integer> loopCounters = new HashMap<>();
    JsonNode external = JsonNodeFactory.instance.objectNode();
    String targetQueue;
    /** {@code $.StoredCustomerInput}: the last input a GetParticipantInput stored. */
    String storedInput;
    /** {@code $.Lex.IntentName} and {@code $.Lex.Slots}: what the last Lex bot recognised. */
    String lexIntent;
    Map<String, String> lexSlots = Map.of();
    /** {@code $.Customer.*}: the profile GetCustomerProfile / CreateCustomerProfile loaded. */
    Map<String, String> customerProfile = Map.of();
    /** {@code $.Case.*}: the case GetCase / CreateCase loaded. */
    Map<String, String> caseFields = Map.of();
    /** {@code $.LambdaInvocation.InvocationId}: the most recent asynchronous Lambda call. */
    String lastInvocationId;
    /** The number a queued callback will dial (UpdateContactCallbackNumber). */
    String callbackNumber;
    final AsyncInvocations asyncInvocations = new AsyncInvocations();
    final Map<String, Integer> visits = new HashMap<>();
    final CallerScript caller;
    final Surroundings surroundings;
    private int nextInput;
    /** The flows the call is in, innermost last: modules push, EndFlowModuleExecution pops. */
    final java.util.Deque<FlowFrame> frames = new java.util.ArrayDeque<>();

    /**
     * A flow being played and its own flow attributes (Connect does not carry them into other flows);
     * for a module, where the invoking flow resumes.
     */
    record FlowFrame(io.switchboard.flows.FlowDocument flow, String name, String resumeAt, Map<String, String> flowAttributes) {
    }

    private final List<TranscriptStep> steps = new ArrayList<>();
    private final List<LambdaCall> lambdaCalls = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private Duration elapsed = Duration.ZERO;
    boolean tookErrorBranch;

    private final Consumer<TranscriptStep> stepListener;

    CallState(SimulatedContact contact, Consumer<TranscriptStep> stepListener) {
        this(contact, stepListener, CallerScript.silent(), Surroundings.defaults());
    }

    CallState(SimulatedContact contact, Consumer<TranscriptStep> stepListener, CallerScript caller, Surroundings surroundings) {
        this.contact = contact;
        this.stepListener = stepListener;
        this.caller = caller;
        this.surroundings = surroundings;
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
        record(call.actionId(), "InvokeLambdaFunction", StepKind.LAMBDA, description, callerWaited);
    }

    /** A Lambda call that ran in the background: counted, but the caller did not wait for it here. */
    void addLambdaCall(LambdaCall call) {
        lambdaCalls.add(call);
    }

    /** A silent wait on an asynchronous Lambda (the caller hears nothing): dead air, as every LAMBDA step is. */
    void recordDeadAir(String actionId, String type, String description, Duration waited) {
        record(actionId, type, StepKind.LAMBDA, description, waited);
    }

    /** The caller's next scripted input; silence once the script is used up. */
    CallerInput nextInput() {
        return nextInput < caller.inputs().size() ? caller.inputs().get(nextInput++) : new CallerInput.Silence();
    }

    /**
     * A silent caller does not hold on for ever: at the {@value #UNANSWERED_BEFORE_HANGING_UP}rd request for
     * input from the same block that they leave unanswered, they hang up.
     */
    static final int UNANSWERED_BEFORE_HANGING_UP = 3;

    /** Counts an unanswered request for input; true when the caller now hangs up. */
    boolean hangsUpAfterSilence(String actionId) {
        return visits.merge("unanswered:" + actionId, 1, Integer::sum) >= UNANSWERED_BEFORE_HANGING_UP;
    }

    /** Records the caller hanging up on an unanswered request and ends the call. */
    ActionOutcome callerHangsUp(String actionId, String type) {
        record(actionId, type, StepKind.ENDING, "the caller hangs up after " + UNANSWERED_BEFORE_HANGING_UP
                + " unanswered requests for input", Duration.ZERO);
        return ActionOutcome.end(EndingKind.DISCONNECTED, "caller hung up");
    }

    /** How many times the call has reached this action, this time included. */
    int visit(String actionId) {
        return visits.merge(actionId, 1, Integer::sum);
    }

    void startIn(io.switchboard.flows.FlowDocument flow) {
        frames.addLast(new FlowFrame(flow, "", null, flowAttributes));
    }

    /**
     * Continues in another flow with fresh flow attributes: a transfer leaves every flow so far, a module
     * is stacked and returns to {@code resumeAt}. Returns the action to start at.
     */
    String enterFlow(FlowLibrary.Entry target, String resumeAt, boolean module) {
        if (!module) {
            frames.clear();
        }
        flowAttributes = new LinkedHashMap<>();
        frames.addLast(new FlowFrame(target.document(), target.name(), resumeAt, flowAttributes));
        return target.document().startAction();
    }

    /** EndFlowModuleExecution: back in the invoking flow with its flow attributes; returns where it resumes. */
    String leaveModule() {
        FlowFrame module = frames.removeLast();
        flowAttributes = frames.peekLast().flowAttributes();
        return module.resumeAt();
    }

    boolean inModule() {
        return frames.size() > 1;
    }

    /** {@code Metadata.type} of the flow playing now (contactFlow, customerQueue, ...), or "". */
    String flowType() {
        return frames.isEmpty() ? "" : frames.peekLast().flow().root().path("Metadata").path("type").asText("");
    }

    Duration elapsed() {
        return elapsed;
    }

    void warn(String actionId, String message) {
        warnings.add("action '" + actionId + "': " + message);
    }

    ReferenceResolver references(String actionId) {
        return new ReferenceResolver(this, actionId);
    }

    CallTranscript finish(CallEnding ending) {
        lambdaCalls.addAll(asyncInvocations.notWaitedFor());
        return new CallTranscript(steps, ending, elapsed, lambdaCalls, warnings, attributes);
    }
}
