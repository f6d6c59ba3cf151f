package io.switchboard.flows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Small flows for tests, built as JSON trees so each test changes exactly one thing. */
public final class TestFlows {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final Map<String, String> ARNS = Map.of(
            "VanityFunctionArn", "arn:aws:lambda:eu-west-2:111122223333:function:switchboard-vanity:live",
            "AsyncWrapperFunctionArn", "arn:aws:lambda:eu-west-2:111122223333:function:switchboard-async:live");

    private TestFlows() {
    }

    /** hello (Text) → bye (DisconnectParticipant). */
    public static ObjectNode minimal() {
        ObjectNode flow = JSON.createObjectNode();
        flow.put("Version", "2019-10-30");
        flow.put("StartAction", "hello");
        flow.putObject("Metadata");
        ArrayNode actions = flow.putArray("Actions");
        actions.add(message("hello", "Hello.", "bye"));
        actions.add(disconnect("bye"));
        return flow;
    }

    public static ObjectNode message(String id, String text, String next) {
        ObjectNode action = action(id, "MessageParticipant", next);
        ((ObjectNode) action.get("Parameters")).put("Text", text);
        return action;
    }

    public static ObjectNode action(String id, String type, String next) {
        ObjectNode action = JSON.createObjectNode();
        action.put("Identifier", id);
        action.put("Type", type);
        action.putObject("Parameters");
        ObjectNode transitions = action.putObject("Transitions");
        if (next != null) {
            transitions.put("NextAction", next);
            transitions.putArray("Errors").addObject().put("ErrorType", "NoMatchingError").put("NextAction", next);
        }
        return action;
    }

    public static ObjectNode disconnect(String id) {
        ObjectNode action = JSON.createObjectNode();
        action.put("Identifier", id);
        action.put("Type", "DisconnectParticipant");
        action.putObject("Parameters");
        action.putObject("Transitions");
        return action;
    }

    /**
     * Inserts an action right after the start action and routes the start action to it (its
     * NoMatchingError branch, which Connect requires, still goes to bye).
     */
    public static ObjectNode withActionAfterStart(ObjectNode flow, ObjectNode action) {
        ArrayNode actions = (ArrayNode) flow.get("Actions");
        ObjectNode start = (ObjectNode) actions.get(0);
        String id = action.get("Identifier").asText();
        ObjectNode transitions = (ObjectNode) start.get("Transitions");
        transitions.put("NextAction", id);
        actions.insert(1, action);
        return flow;
    }

    /** Adds an Errors branch of the given type (creating Errors if absent). */
    public static ObjectNode withError(ObjectNode action, String errorType, String next) {
        ObjectNode transitions = (ObjectNode) action.get("Transitions");
        ArrayNode errors = transitions.has("Errors") ? (ArrayNode) transitions.get("Errors") : transitions.putArray("Errors");
        errors.addObject().put("ErrorType", errorType).put("NextAction", next);
        return action;
    }

    public static ObjectNode actionAt(ObjectNode flow, int index) {
        return (ObjectNode) flow.get("Actions").get(index);
    }

    public static FlowDocument document(ObjectNode flow) {
        return FlowDocument.fromString(flow.toPrettyString());
    }
}
