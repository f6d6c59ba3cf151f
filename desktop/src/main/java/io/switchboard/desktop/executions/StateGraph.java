package io.switchboard.desktop.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A state machine's definition (Amazon States Language) as a graph: its states, in definition order,
 * and the transitions between them — Next, each Choice rule and its Default, each Catch, and the end
 * of the machine. Map and Parallel states hold their own graphs (the iteration's, each branch's).
 * Read tolerantly: a definition this console cannot run (JSONata, a distributed Map) still draws.
 */
public record StateGraph(String startAt, List<StateNode> states, List<Transition> transitions) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LABEL_LENGTH = 36;

    /** @param inner the iteration's graph (Map) or one graph per branch (Parallel); empty for other types */
    public record StateNode(String name, String type, List<StateGraph> inner) {
        public boolean isGroup() {
            return !inner.isEmpty();
        }
    }

    /** @param to a state's name, or {@code null} for the end of this machine (or of this branch or iteration) */
    public record Transition(String from, String to, Kind kind, String label) {
    }

    public enum Kind { NEXT, CHOICE, DEFAULT, CATCH, END }

    /** @throws IllegalArgumentException when the text is not JSON or has no States */
    public static StateGraph parse(String definition) {
        JsonNode root;
        try {
            root = JSON.readTree(definition);
        } catch (Exception e) {
            throw new IllegalArgumentException("The definition is not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.path("States").isObject()) {
            throw new IllegalArgumentException("The definition has no States");
        }
        return of(root);
    }

    private static StateGraph of(JsonNode machine) {
        List<StateNode> states = new ArrayList<>();
        List<Transition> transitions = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = machine.path("States").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            JsonNode state = entry.getValue();
            String type = state.path("Type").asText("");
            states.add(new StateNode(name, type, inner(state, type)));
            for (JsonNode rule : state.path("Choices")) {
                transitions.add(new Transition(name, text(rule, "Next"), Kind.CHOICE, ruleLabel(rule)));
            }
            if (state.hasNonNull("Default")) {
                transitions.add(new Transition(name, text(state, "Default"), Kind.DEFAULT, "Default"));
            }
            if (state.hasNonNull("Next")) {
                transitions.add(new Transition(name, text(state, "Next"), Kind.NEXT, ""));
            }
            for (JsonNode katch : state.path("Catch")) {
                transitions.add(new Transition(name, text(katch, "Next"), Kind.CATCH, "Catch " + errors(katch)));
            }
            if (state.path("End").asBoolean(false) || type.equals("Succeed") || type.equals("Fail")) {
                transitions.add(new Transition(name, null, Kind.END, ""));
            }
        }
        return new StateGraph(text(machine, "StartAt"), List.copyOf(states), List.copyOf(transitions));
    }

    private static List<StateGraph> inner(JsonNode state, String type) {
        List<StateGraph> graphs = new ArrayList<>();
        if (type.equals("Parallel")) {
            for (JsonNode branch : state.path("Branches")) {
                if (branch.path("States").isObject()) {
                    graphs.add(of(branch));
                }
            }
        } else if (type.equals("Map")) {
            JsonNode processor = state.has("ItemProcessor") ? state.path("ItemProcessor") : state.path("Iterator");
            if (processor.path("States").isObject()) {
                graphs.add(of(processor));
            }
        }
        return List.copyOf(graphs);
    }

    /** A state by name in this graph or any graph inside it, or {@code null}. */
    public StateNode find(String name) {
        for (StateNode state : states) {
            if (state.name().equals(name)) {
                return state;
            }
            for (StateGraph inner : state.inner()) {
                StateNode found = inner.find(name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String errors(JsonNode katch) {
        List<String> names = new ArrayList<>();
        katch.path("ErrorEquals").forEach(e -> names.add(e.asText()));
        return shorten(String.join(", ", names));
    }

    /** What a Choice rule tests, short enough to label an arrow: {@code $.status == "DONE"}, {@code And (2 rules)}. */
    static String ruleLabel(JsonNode rule) {
        if (rule.hasNonNull("Condition")) {
            return shorten(rule.get("Condition").asText());
        }
        for (String combinator : List.of("And", "Or")) {
            if (rule.path(combinator).isArray()) {
                return combinator + " (" + rule.path(combinator).size() + " rules)";
            }
        }
        if (rule.has("Not")) {
            return shorten("Not " + ruleLabel(rule.get("Not")));
        }
        String variable = rule.path("Variable").asText("");
        for (Iterator<Map.Entry<String, JsonNode>> it = rule.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (!key.equals("Variable") && !key.equals("Next") && !key.equals("Comment") && !key.equals("Assign")
                    && !key.equals("Output")) {
                return shorten(variable + " " + operator(key) + " " + field.getValue().toString());
            }
        }
        return shorten(variable);
    }

    private static String operator(String comparison) {
        String op = comparison.endsWith("Path") ? comparison.substring(0, comparison.length() - 4) : comparison;
        String symbol = op.endsWith("GreaterThanEquals") ? "≥" : op.endsWith("LessThanEquals") ? "≤"
                : op.endsWith("GreaterThan") ? ">" : op.endsWith("LessThan") ? "<" : op.endsWith("Equals") ? "==" : op;
        return comparison.endsWith("Path") ? symbol + " (path)" : symbol;
    }

    private static String shorten(String text) {
        return text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH - 1) + "…";
    }
}
