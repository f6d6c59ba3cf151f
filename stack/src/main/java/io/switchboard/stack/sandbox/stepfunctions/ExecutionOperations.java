package io.switchboard.stack.sandbox.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.stack.sandbox.asl.AslJson;
import io.switchboard.stack.sandbox.asl.Execution;
import io.switchboard.stack.sandbox.asl.ExecutionEngine;
import io.switchboard.stack.sandbox.asl.ExecutionIdentity;
import io.switchboard.stack.sandbox.asl.ExecutionStatus;
import io.switchboard.stack.sandbox.asl.HistoryEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** StartExecution, DescribeExecution, ListExecutions, GetExecutionHistory, StopExecution, RedriveExecution. */
final class ExecutionOperations {
    private final StepFunctionsStore store;
    private final Arns arns;
    private final ExecutionEngine engine;
    private final Clock clock;

    ExecutionOperations(StepFunctionsStore store, Arns arns, ExecutionEngine engine, Clock clock) {
        this.store = store;
        this.arns = arns;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Idempotent by name like STANDARD workflows: the same name and input while the execution is
     * running return it again; a different input or a closed execution is ExecutionAlreadyExists.
     */
    ObjectNode start(JsonNode request) {
        String machineArn = WireJson.requiredText(request, "stateMachineArn");
        String name = Objects.requireNonNullElseGet(WireJson.text(request, "name"), () -> UUID.randomUUID().toString());
        String inputText = Objects.requireNonNullElse(WireJson.text(request, "input"), "{}");
        Arns.requireValidName(name, "execution");
        JsonNode input;
        try {
            input = AslJson.parse(inputText);
        } catch (IllegalArgumentException e) {
            throw new SfnException("InvalidExecutionInput", "Invalid State Machine Execution Input: '" + e.getMessage() + "'");
        }
        Execution execution;
        boolean created = false;
        synchronized (store) {
            StateMachineEntry machine = store.machine(machineArn);
            String executionArn = arns.execution(machine.name(), name);
            Execution existing = store.findExecution(executionArn);
            if (existing != null) {
                if (existing.status() != ExecutionStatus.RUNNING || !existing.identity().input().equals(input)) {
                    throw new SfnException("ExecutionAlreadyExists", "Execution Already Exists: '" + executionArn + "'");
                }
                execution = existing;
            } else {
                ExecutionIdentity identity = new ExecutionIdentity(executionArn, name, machine.arn(), machine.name(),
                        machine.roleArn(), input, clock.instant());
                execution = engine.create(identity, machine.definition());
                store.add(execution);
                created = true;
            }
        }
        if (created) {
            // Outside the lock: starting the execution's thread can take a while when the machine is busy,
            // and every other call of the API waits for the store meanwhile.
            engine.launch(execution);
        }
        ObjectNode response = WireJson.object();
        response.put("executionArn", execution.identity().executionArn());
        WireJson.putTimestamp(response, "startDate", execution.identity().startDate());
        return response;
    }

    ObjectNode describe(JsonNode request) {
        Execution execution = find(request);
        ObjectNode response = summary(execution);
        response.put("input", AslJson.write(execution.identity().input()));
        response.putObject("inputDetails").put("included", true);
        if (execution.output() != null) {
            response.put("output", AslJson.write(execution.output()));
            response.putObject("outputDetails").put("included", true);
        }
        if (execution.error() != null) {
            response.put("error", execution.error());
        }
        if (execution.cause() != null) {
            response.put("cause", execution.cause());
        }
        String notRedrivable = execution.notRedrivableReason();
        response.put("redriveStatus", notRedrivable == null ? "REDRIVABLE" : "NOT_REDRIVABLE");
        if (notRedrivable != null) {
            response.put("redriveStatusReason", notRedrivable);
        }
        return response;
    }

    /**
     * Runs a failed, aborted or timed-out execution again from the state that did not succeed, with
     * the same ARN and history (ExecutionRedriven, then that state entered again). Inline Map and
     * Parallel states run again whole (AWS re-runs only their failed iterations and branches).
     */
    ObjectNode redrive(JsonNode request) {
        Execution execution = find(request);
        try {
            engine.redrive(execution);
        } catch (Execution.NotRedrivable e) {
            throw new SfnException("ExecutionNotRedrivable", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SfnException("ServiceUnavailable", "Interrupted while redriving");
        }
        ObjectNode response = WireJson.object();
        WireJson.putTimestamp(response, "redriveDate", execution.redriveDate());
        return response;
    }

    /** Newest first; the token is a position in start order, so new executions do not shift pages. */
    ObjectNode list(JsonNode request) {
        String machineArn = WireJson.requiredText(request, "stateMachineArn");
        String statusFilter = WireJson.text(request, "statusFilter");
        if (statusFilter != null && Arrays.stream(ExecutionStatus.values()).noneMatch(s -> s.name().equals(statusFilter))) {
            throw SfnException.validation("1 validation error detected: Value '" + statusFilter
                    + "' at 'statusFilter' failed to satisfy constraint: Member must satisfy enum value set: "
                    + Arrays.toString(ExecutionStatus.values()));
        }
        List<Execution> executions;
        synchronized (store) {
            executions = store.executionsOf(store.machine(machineArn).arn());
        }
        int max = WireJson.maxResults(request);
        String listing = "ListExecutions|" + machineArn + "|" + statusFilter;
        int before = Math.min(PageToken.decode(WireJson.text(request, "nextToken"), listing, executions.size()), executions.size());
        ObjectNode response = WireJson.object();
        ArrayNode items = response.putArray("executions");
        int index = before - 1;
        for (; index >= 0 && items.size() < max; index--) {
            Execution execution = executions.get(index);
            if (statusFilter == null || execution.status().name().equals(statusFilter)) {
                items.add(summary(execution));
            }
        }
        if (hasMatchBefore(executions, index + 1, statusFilter)) {
            response.put("nextToken", PageToken.encode(listing, index + 1));
        }
        return response;
    }

    ObjectNode history(JsonNode request) {
        Execution execution = find(request);
        List<HistoryEvent> events = execution.history().events();
        boolean reverse = WireJson.bool(request, "reverseOrder", false);
        boolean includeData = WireJson.bool(request, "includeExecutionData", true);
        int max = WireJson.maxResults(request);
        String listing = "GetExecutionHistory|" + execution.identity().executionArn() + "|" + reverse;
        int position = PageToken.decode(WireJson.text(request, "nextToken"), listing, reverse ? events.size() : 0);
        ObjectNode response = WireJson.object();
        ArrayNode items = response.putArray("events");
        if (reverse) {
            int from = Math.min(position, events.size());
            int to = Math.max(0, from - max);
            for (int i = from - 1; i >= to; i--) {
                items.add(HistoryEventJson.toJson(events.get(i), includeData));
            }
            if (to > 0) {
                response.put("nextToken", PageToken.encode(listing, to));
            }
        } else {
            int to = Math.min(events.size(), position + max);
            for (int i = position; i < to; i++) {
                items.add(HistoryEventJson.toJson(events.get(i), includeData));
            }
            if (to < events.size()) {
                response.put("nextToken", PageToken.encode(listing, to));
            }
        }
        return response;
    }

    ObjectNode stop(JsonNode request) {
        Execution execution = find(request);
        execution.stop(WireJson.text(request, "error"), WireJson.text(request, "cause"));
        ObjectNode response = WireJson.object();
        WireJson.putTimestamp(response, "stopDate", Objects.requireNonNullElseGet(execution.stopDate(), Instant::now));
        return response;
    }

    private Execution find(JsonNode request) {
        String arn = WireJson.requiredText(request, "executionArn");
        synchronized (store) {
            return store.execution(arn);
        }
    }

    private static ObjectNode summary(Execution execution) {
        ObjectNode item = WireJson.object();
        ExecutionIdentity identity = execution.identity();
        item.put("executionArn", identity.executionArn());
        item.put("stateMachineArn", identity.stateMachineArn());
        item.put("name", identity.name());
        item.put("status", execution.status().name());
        WireJson.putTimestamp(item, "startDate", identity.startDate());
        WireJson.putTimestamp(item, "stopDate", execution.stopDate());
        item.put("redriveCount", execution.redriveCount());
        WireJson.putTimestamp(item, "redriveDate", execution.redriveDate());
        return item;
    }

    private static boolean hasMatchBefore(List<Execution> executions, int before, String statusFilter) {
        for (int i = before - 1; i >= 0; i--) {
            if (statusFilter == null || executions.get(i).status().name().equals(statusFilter)) {
                return true;
            }
        }
        return false;
    }
}
