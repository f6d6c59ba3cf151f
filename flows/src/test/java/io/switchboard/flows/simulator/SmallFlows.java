package io.switchboard.flows.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.TestFlows;

/**
 * Small flows for one action each: the action under test first, then short messages ("say-x") that
 * name the branch taken, each followed by the shared {@code bye} (DisconnectParticipant).
 */
final class SmallFlows {

    static final SimulatedContact CALLER = SimulatedContact.inbound("+18003569377");

    private SmallFlows() {
    }

    /** An action with Parameters from JSON text and no transitions yet. */
    static ObjectNode act(String id, String type, String parametersJson) {
        ObjectNode action = TestFlows.action(id, type, null);
        try {
            action.set("Parameters", TestFlows.JSON.readTree(parametersJson));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(parametersJson, e);
        }
        return action;
    }

    static ObjectNode next(ObjectNode action, String next) {
        ((ObjectNode) action.get("Transitions")).put("NextAction", next);
        return action;
    }

    static ObjectNode when(ObjectNode action, String operator, String operand, String next) {
        ObjectNode transitions = (ObjectNode) action.get("Transitions");
        ArrayNode conditions = transitions.has("Conditions") ? (ArrayNode) transitions.get("Conditions") : transitions.putArray("Conditions");
        ObjectNode condition = conditions.addObject().put("NextAction", next).putObject("Condition").put("Operator", operator);
        condition.putArray("Operands").add(operand);
        return action;
    }

    static ObjectNode onError(ObjectNode action, String errorType, String next) {
        return TestFlows.withError(action, errorType, next);
    }

    /** A message that says {@code text} and hangs up. */
    static ObjectNode say(String id, String text) {
        return TestFlows.message(id, text, "bye");
    }

    /** The actions in order (the first starts), plus {@code bye}. */
    static FlowDocument flow(ObjectNode... actions) {
        ObjectNode flow = TestFlows.JSON.createObjectNode();
        flow.put("Version", "2019-10-30");
        flow.put("StartAction", actions[0].get("Identifier").asText());
        flow.putObject("Metadata");
        ArrayNode list = flow.putArray("Actions");
        for (ObjectNode action : actions) {
            list.add(action);
        }
        list.add(TestFlows.disconnect("bye"));
        return TestFlows.document(flow);
    }

    static SimulationOptions fast() {
        return SimulationOptions.defaults().withTimeScale(0).withClock(new ManualClock());
    }

    static CallTranscript play(FlowDocument flow, SimulationOptions options) {
        LambdaInvoker notRouted = (arn, event) -> {
            throw new LambdaInvocationException("not routed: " + arn);
        };
        return new FlowSimulator(notRouted, options).simulate(flow, CALLER);
    }

    static CallTranscript play(FlowDocument flow) {
        return play(flow, fast());
    }

    static CallTranscript play(FlowDocument flow, CallerScript caller) {
        return play(flow, fast().withCaller(caller));
    }

    static CallTranscript play(FlowDocument flow, Surroundings surroundings) {
        return play(flow, fast().withSurroundings(surroundings));
    }

    /** Descriptions of the steps of one action, in order. */
    static java.util.List<String> stepsOf(CallTranscript call, String actionId) {
        return call.steps().stream().filter(s -> s.actionId().equals(actionId)).map(TranscriptStep::description).toList();
    }
}
