package io.switchboard.stack.sandbox.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.stack.sandbox.asl.AslJson;
import io.switchboard.stack.sandbox.asl.DefinitionParser;
import io.switchboard.stack.sandbox.asl.InvalidDefinitionException;
import io.switchboard.stack.sandbox.asl.StateMachineDefinition;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** CreateStateMachine, DescribeStateMachine, ListStateMachines, DeleteStateMachine. */
final class StateMachineOperations {
    private final StepFunctionsStore store;
    private final Arns arns;
    private final DefinitionParser parser;
    private final Clock clock;

    StateMachineOperations(StepFunctionsStore store, Arns arns, DefinitionParser parser, Clock clock) {
        this.store = store;
        this.arns = arns;
        this.parser = parser;
        this.clock = clock;
    }

    /** Idempotent like AWS: the same name, definition, role and type return the existing machine. */
    ObjectNode create(JsonNode request) {
        String name = WireJson.requiredText(request, "name");
        String definitionText = WireJson.requiredText(request, "definition");
        String roleArn = WireJson.requiredText(request, "roleArn");
        String type = Objects.requireNonNullElse(WireJson.text(request, "type"), "STANDARD");
        Arns.requireValidName(name, "state machine");
        if (!type.equals("STANDARD")) {
            throw SfnException.validation("The sandbox runs STANDARD state machines only, not " + type
                    + " (DescribeExecution, ListExecutions and GetExecutionHistory do not serve EXPRESS executions)");
        }
        StateMachineDefinition definition;
        try {
            definition = parser.parse(definitionText);
        } catch (InvalidDefinitionException e) {
            throw new SfnException("InvalidDefinition", "Invalid State Machine Definition: '" + e.getMessage() + "'");
        }
        synchronized (store) {
            String arn = arns.stateMachine(name);
            StateMachineEntry existing = store.findMachine(arn);
            if (existing != null && !(existing.definitionText().equals(definitionText)
                    && existing.roleArn().equals(roleArn) && existing.type().equals(type))) {
                throw new SfnException("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
            }
            StateMachineEntry entry = existing != null ? existing
                    : new StateMachineEntry(arn, name, definitionText, definition, roleArn, type, clock.instant());
            if (existing == null) {
                store.add(entry);
            }
            ObjectNode response = WireJson.object();
            response.put("stateMachineArn", arn);
            WireJson.putTimestamp(response, "creationDate", entry.creationDate());
            return response;
        }
    }

    /**
     * ValidateStateMachineDefinition: AWS's result and diagnostics for what is not valid ASL. A valid
     * definition the sandbox would still refuse (Map, JSONata, an integration it lacks…) is OK, with a
     * WARNING diagnostic saying why CreateStateMachine will refuse it here.
     */
    ObjectNode validate(JsonNode request) {
        String definitionText = WireJson.requiredText(request, "definition");
        ObjectNode response = WireJson.object();
        ArrayNode diagnostics = WireJson.object().arrayNode();
        JsonNode root = null;
        try {
            root = definitionText.isBlank() ? null : AslJson.parse(definitionText);
        } catch (IllegalArgumentException e) {
            diagnostic(diagnostics, "ERROR", "INVALID_JSON_DESCRIPTION", e.getMessage(), null);
        }
        if (diagnostics.isEmpty() && (root == null || !root.isObject())) {
            diagnostic(diagnostics, "ERROR", "SCHEMA_VALIDATION_FAILED", "Definition must be a valid JSON object", null);
        } else if (diagnostics.isEmpty() && (!root.has("States") || !root.has("StartAt"))) {
            List<String> missing = new ArrayList<>();
            for (String required : List.of("States", "StartAt")) {
                if (!root.has(required)) {
                    missing.add(required);
                }
            }
            diagnostic(diagnostics, "ERROR", "SCHEMA_VALIDATION_FAILED", "These fields are required: " + missing, "/");
        } else if (diagnostics.isEmpty()) {
            try {
                parser.parse(definitionText);
            } catch (InvalidDefinitionException e) {
                diagnostic(diagnostics, e.isValidAsl() ? "WARNING" : "ERROR",
                        e.isValidAsl() ? "UNSUPPORTED_BY_SANDBOX" : "SCHEMA_VALIDATION_FAILED", e.getMessage(), null);
            }
        }
        boolean failed = false;
        for (JsonNode diagnostic : diagnostics) {
            failed |= "ERROR".equals(diagnostic.get("severity").asText());
        }
        response.put("result", failed ? "FAIL" : "OK");
        response.set("diagnostics", diagnostics);
        response.put("truncated", false);
        return response;
    }

    private static void diagnostic(ArrayNode diagnostics, String severity, String code, String message, String location) {
        ObjectNode diagnostic = diagnostics.addObject();
        diagnostic.put("severity", severity);
        diagnostic.put("code", code);
        diagnostic.put("message", message);
        if (location != null) {
            diagnostic.put("location", location);
        }
    }

    /** DescribeStateMachineForExecution: the definition the execution runs, in AWS's shape. */
    ObjectNode describeForExecution(JsonNode request) {
        StateMachineEntry entry;
        synchronized (store) {
            String machineArn = store.execution(WireJson.requiredText(request, "executionArn")).identity().stateMachineArn();
            entry = store.machine(machineArn);
        }
        ObjectNode response = WireJson.object();
        response.put("stateMachineArn", entry.arn());
        response.put("name", entry.name());
        response.put("definition", entry.definitionText());
        response.put("roleArn", entry.roleArn());
        WireJson.putTimestamp(response, "updateDate", entry.creationDate());
        putObservabilityConfiguration(response);
        return response;
    }

    ObjectNode describe(JsonNode request) {
        StateMachineEntry entry;
        synchronized (store) {
            entry = store.machine(WireJson.requiredText(request, "stateMachineArn"));
        }
        ObjectNode response = WireJson.object();
        response.put("stateMachineArn", entry.arn());
        response.put("name", entry.name());
        response.put("status", "ACTIVE");
        response.put("definition", entry.definitionText());
        response.put("roleArn", entry.roleArn());
        response.put("type", entry.type());
        WireJson.putTimestamp(response, "creationDate", entry.creationDate());
        putObservabilityConfiguration(response);
        return response;
    }

    /** The sandbox logs and traces nothing, and says so the way DescribeStateMachine does. */
    private static void putObservabilityConfiguration(ObjectNode response) {
        ObjectNode logging = response.putObject("loggingConfiguration");
        logging.put("level", "OFF");
        logging.put("includeExecutionData", false);
        response.putObject("tracingConfiguration").put("enabled", false);
    }

    ObjectNode list(JsonNode request) {
        List<StateMachineEntry> machines;
        synchronized (store) {
            machines = store.machines();
        }
        int max = WireJson.maxResults(request);
        int from = PageToken.decode(WireJson.text(request, "nextToken"), "ListStateMachines", 0);
        ObjectNode response = WireJson.object();
        ArrayNode items = response.putArray("stateMachines");
        int to = Math.min(machines.size(), from + max);
        for (StateMachineEntry entry : machines.subList(Math.min(from, machines.size()), to)) {
            ObjectNode item = items.addObject();
            item.put("stateMachineArn", entry.arn());
            item.put("name", entry.name());
            item.put("type", entry.type());
            WireJson.putTimestamp(item, "creationDate", entry.creationDate());
        }
        if (to < machines.size()) {
            response.put("nextToken", PageToken.encode("ListStateMachines", to));
        }
        return response;
    }

    /** Deleting an unknown (well-formed) ARN succeeds, as in AWS. */
    ObjectNode delete(JsonNode request) {
        String arn = WireJson.requiredText(request, "stateMachineArn");
        Arns.requireStateMachineArn(arn);
        synchronized (store) {
            store.remove(arn);
        }
        return WireJson.object();
    }
}
