package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Parses and validates an ASL definition. Anything the sandbox cannot run faithfully (Parallel,
 * distributed Map, JSONata, unknown resources or fields) is rejected with a message naming the state,
 * so a definition fails at CreateStateMachine instead of in the middle of an execution.
 */
public final class DefinitionParser {
    private static final Set<String> TOP_LEVEL = Set.of("Comment", "StartAt", "States", "TimeoutSeconds", "Version", "QueryLanguage");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "Pass", Set.of("Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "Result"),
            "Task", Set.of("Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "ResultSelector",
                    "Resource", "TimeoutSeconds", "Retry", "Catch"),
            "Choice", Set.of("Choices", "Default", "InputPath", "OutputPath"),
            "Wait", Set.of("Next", "End", "InputPath", "OutputPath", "Seconds", "SecondsPath", "Timestamp", "TimestampPath"),
            "Succeed", Set.of("InputPath", "OutputPath"),
            "Fail", Set.of("Error", "Cause", "ErrorPath", "CausePath"),
            "Map", Set.of("Next", "End", "InputPath", "OutputPath", "ResultPath", "Parameters", "ItemSelector", "ItemsPath",
                    "ResultSelector", "Iterator", "ItemProcessor", "MaxConcurrency", "Retry", "Catch"));
    private static final Set<String> PROCESSOR_FIELDS = Set.of("StartAt", "States", "ProcessorConfig", "Comment");

    /** Fields of AWS's ASL that the sandbox does not run: a definition using them is valid, just refused here. */
    private static final Set<String> ASL_FIELDS_NOT_RUN = Set.of("Assign", "Output", "Arguments", "QueryLanguage",
            "HeartbeatSeconds", "HeartbeatSecondsPath", "TimeoutSecondsPath", "Credentials", "Items", "ItemsPath",
            "ItemProcessor", "ItemReader", "ItemSelector", "ItemBatcher", "ResultWriter", "Iterator", "Branches",
            "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailureCount", "ToleratedFailurePercentage", "Label",
            "Condition", "JitterStrategy");

    private final Predicate<String> supportedResource;

    /** @param supportedResource whether a Task's Resource can be run by the sandbox */
    public DefinitionParser(Predicate<String> supportedResource) {
        this.supportedResource = supportedResource;
    }

    public StateMachineDefinition parse(String definition) {
        JsonNode root;
        try {
            root = AslJson.parse(definition);
        } catch (IllegalArgumentException e) {
            throw new InvalidDefinitionException("The definition is " + e.getMessage());
        }
        if (!root.isObject()) {
            throw new InvalidDefinitionException("The definition must be a JSON object");
        }
        checkFields(root, TOP_LEVEL, "the top level");
        if (root.has("QueryLanguage") && !"JSONPath".equals(root.get("QueryLanguage").asText())) {
            throw InvalidDefinitionException.unsupported("QueryLanguage '" + root.get("QueryLanguage").asText() + "' is not supported by the sandbox (JSONPath only)");
        }
        return machine(root, "the top level", positiveInt(root, "TimeoutSeconds", "the top level"));
    }

    /** A machine's StartAt and States: the definition's, or a Map's ItemProcessor/Iterator. */
    private StateMachineDefinition machine(JsonNode root, String where, Integer timeout) {
        String startAt = requiredText(root, "StartAt", where);
        JsonNode states = root.get("States");
        if (states == null || !states.isObject() || states.isEmpty()) {
            throw new InvalidDefinitionException("The definition needs a non-empty 'States' object in " + where);
        }
        Map<String, State> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : states.properties()) {
            parsed.put(entry.getKey(), parseState(entry.getKey(), entry.getValue()));
        }
        if (!parsed.containsKey(startAt)) {
            throw new InvalidDefinitionException("StartAt '" + startAt + "' is not a state of " + where);
        }
        StateMachineDefinition result = new StateMachineDefinition(startAt, timeout, parsed);
        checkTransitions(result);
        return result;
    }

    private State parseState(String name, JsonNode node) {
        if (!node.isObject()) {
            throw invalid(name, "must be an object");
        }
        String type = requiredText(node, "Type", "state '" + name + "'");
        Set<String> allowed = FIELDS.get(type);
        if (allowed == null && type.equals("Parallel")) {
            throw InvalidDefinitionException.unsupported("State '" + name + "' has Type '" + type
                    + "', which the sandbox does not support (Pass, Task, Choice, Wait, Map, Succeed, Fail)");
        }
        if (allowed == null) {
            throw invalid(name, "has Type '" + type + "', which the sandbox does not support (Pass, Task, Choice, Wait, Map, Succeed, Fail)");
        }
        checkFields(node, union(allowed, Set.of("Type", "Comment")), "state '" + name + "'");
        try {
            return switch (type) {
                case "Pass" -> new State.Pass(name, dataFlow(node), node.get("Result"), next(name, node));
                case "Task" -> task(name, node);
                case "Map" -> map(name, node);
                case "Choice" -> choice(name, node);
                case "Wait" -> WaitParser.parse(name, node, dataFlow(node), next(name, node));
                case "Succeed" -> new State.Succeed(name, dataFlow(node));
                default -> fail(name, node);
            };
        } catch (InvalidDefinitionException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw invalid(name, e.getMessage());
        }
    }

    private State.Task task(String name, JsonNode node) {
        String resource = requiredText(node, "Resource", "state '" + name + "'");
        if (!supportedResource.test(resource)) {
            throw InvalidDefinitionException.unsupported("State '" + name + "' uses Resource '" + resource
                    + "', which the sandbox does not support");
        }
        return new State.Task(name, dataFlow(node), resource, positiveInt(node, "TimeoutSeconds", "state '" + name + "'"),
                RetryCatchParser.retriers(node.get("Retry")), RetryCatchParser.catchers(node.get("Catch")), next(name, node));
    }

    private State.Map map(String name, JsonNode node) {
        JsonNode processor = node.has("ItemProcessor") ? node.get("ItemProcessor") : node.get("Iterator");
        if (processor == null || !processor.isObject() || node.has("ItemProcessor") && node.has("Iterator")) {
            throw invalid(name, "needs exactly one of 'ItemProcessor' and 'Iterator'");
        }
        checkFields(processor, PROCESSOR_FIELDS, "the ItemProcessor of state '" + name + "'");
        String mode = processor.path("ProcessorConfig").path("Mode").asText("INLINE");
        if (!mode.equals("INLINE")) {
            throw InvalidDefinitionException.unsupported("State '" + name + "' is a " + mode
                    + " Map, which the sandbox does not support (INLINE only)");
        }
        if (node.has("Parameters") && node.has("ItemSelector")) {
            throw invalid(name, "may have only one of 'Parameters' and 'ItemSelector'");
        }
        JsonNode maxConcurrency = node.get("MaxConcurrency");
        if (maxConcurrency != null && (!maxConcurrency.isIntegralNumber() || maxConcurrency.asInt() < 0)) {
            throw invalid(name, "'MaxConcurrency' must be a non-negative integer");
        }
        DataFlow flow = dataFlow(node);
        PayloadTemplate selector = template(node, node.has("ItemSelector") ? "ItemSelector" : "Parameters");
        JsonPath itemsPath = node.has("ItemsPath") ? path(node, "ItemsPath") : JsonPath.parse("$");
        if (itemsPath == null) {
            throw invalid(name, "'ItemsPath' must be a path");
        }
        return new State.Map(name, new DataFlow(flow.inputPath(), null, flow.resultSelector(), flow.resultPath(), flow.outputPath()),
                itemsPath, selector, machine(processor, "the ItemProcessor of state '" + name + "'", null),
                RetryCatchParser.retriers(node.get("Retry")), RetryCatchParser.catchers(node.get("Catch")), next(name, node));
    }

    private State.Fail fail(String name, JsonNode node) {
        if (node.has("Error") && node.has("ErrorPath") || node.has("Cause") && node.has("CausePath")) {
            throw invalid(name, "may have only one of 'Error' and 'ErrorPath', and only one of 'Cause' and 'CausePath'");
        }
        return new State.Fail(name, optionalText(node, "Error"), optionalText(node, "Cause"),
                expression(node, "ErrorPath"), expression(node, "CausePath"));
    }

    private static IntrinsicExpression expression(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a path or an intrinsic function");
        }
        return PayloadTemplate.parseExpression(value.asText());
    }

    private State.Choice choice(String name, JsonNode node) {
        JsonNode choices = node.get("Choices");
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            throw invalid(name, "needs a non-empty 'Choices' array");
        }
        List<State.Choice.Branch> branches = new ArrayList<>();
        for (JsonNode choice : choices) {
            if (!choice.has("Next") || !choice.get("Next").isTextual()) {
                throw invalid(name, "has a choice rule without 'Next'");
            }
            branches.add(new State.Choice.Branch(ChoiceRuleParser.parse(choice), choice.get("Next").asText()));
        }
        return new State.Choice(name, dataFlow(node), branches, optionalText(node, "Default"));
    }

    static DataFlow dataFlow(JsonNode node) {
        return new DataFlow(path(node, "InputPath"), template(node, "Parameters"), template(node, "ResultSelector"),
                path(node, "ResultPath"), path(node, "OutputPath"));
    }

    private static JsonPath path(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return JsonPath.parse("$");
        }
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a path or null");
        }
        JsonPath path;
        try {
            path = JsonPath.parse(value.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + field + "': " + e.getMessage(), e);
        }
        if (field.equals("ResultPath") && !path.isDefinite()) {
            throw new IllegalArgumentException("'ResultPath' must be a reference path (no wildcards, slices, filters or '..'): " + path);
        }
        return path;
    }

    private static PayloadTemplate template(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        try {
            return PayloadTemplate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + field + "' " + e.getMessage(), e);
        }
    }

    private String next(String name, JsonNode node) {
        boolean end = node.has("End") && node.get("End").asBoolean();
        String next = optionalText(node, "Next");
        if (end == (next != null)) {
            throw invalid(name, "must have exactly one of 'Next' or 'End: true'");
        }
        return next;
    }

    private void checkTransitions(StateMachineDefinition definition) {
        for (State state : definition.states().values()) {
            for (String target : targets(state)) {
                if (!definition.states().containsKey(target)) {
                    throw invalid(state.name(), "transitions to '" + target + "', which is not a state of this definition (missing Next target)");
                }
            }
        }
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(definition.startAt()));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (reached.add(name)) {
                pending.addAll(targets(definition.states().get(name)));
            }
        }
        for (String name : definition.states().keySet()) {
            if (!reached.contains(name)) {
                throw invalid(name, "is not reachable from StartAt");
            }
        }
    }

    private static List<String> targets(State state) {
        List<String> targets = new ArrayList<>();
        if (state instanceof State.Pass pass) {
            addIfPresent(targets, pass.next());
        } else if (state instanceof State.Task task) {
            addIfPresent(targets, task.next());
            task.catchers().forEach(c -> targets.add(c.next()));
        } else if (state instanceof State.Choice choice) {
            choice.choices().forEach(b -> targets.add(b.next()));
            addIfPresent(targets, choice.defaultNext());
        } else if (state instanceof State.Wait wait) {
            addIfPresent(targets, wait.next());
        } else if (state instanceof State.Map map) {
            addIfPresent(targets, map.next());
            map.catchers().forEach(c -> targets.add(c.next()));
        }
        return targets;
    }

    private static void addIfPresent(List<String> targets, String target) {
        if (target != null) {
            targets.add(target);
        }
    }

    private static void checkFields(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                String message = "Field '" + field + "' in " + where + " is not supported by the sandbox";
                throw ASL_FIELDS_NOT_RUN.contains(field) ? InvalidDefinitionException.unsupported(message)
                        : new InvalidDefinitionException(message);
            }
        }
    }

    private static String requiredText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new InvalidDefinitionException("Missing or empty '" + field + "' in " + where);
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer positiveInt(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() <= 0) {
            throw new InvalidDefinitionException("'" + field + "' in " + where + " must be a positive integer");
        }
        return value.asInt();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static InvalidDefinitionException invalid(String state, String message) {
        return new InvalidDefinitionException("State '" + state + "' " + message);
    }
}
