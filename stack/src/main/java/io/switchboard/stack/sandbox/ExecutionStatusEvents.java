package io.switchboard.stack.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.stack.sandbox.asl.Execution;
import io.switchboard.stack.sandbox.lambda.FunctionInvoker;
import io.switchboard.stack.template.ExecutionStatusRulePlan;
import java.util.List;
import java.util.UUID;

/**
 * The sandbox's EventBridge, for the one kind of rule the template has: when an execution closes, every
 * rule on <i>Step Functions Execution Status Change</i> that matches its state machine and status
 * invokes its target functions with the event AWS would deliver (docs/decisions/0012). Delivery is
 * once, in the background; EventBridge's retries are not emulated.
 */
final class ExecutionStatusEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ExecutionStatusRulePlan> rules;
    private final FunctionInvoker functions;
    private final String region;
    private final String account;

    ExecutionStatusEvents(List<ExecutionStatusRulePlan> rules, FunctionInvoker functions, String region, String account) {
        this.rules = List.copyOf(rules);
        this.functions = functions;
        this.region = region;
        this.account = account;
    }

    /** Called by the Step Functions engine, after {@code execution} closed. */
    void closed(Execution execution) {
        String machine = execution.identity().stateMachineArn();
        String status = execution.status().name();
        for (ExecutionStatusRulePlan rule : rules) {
            if (rule.matches(machine, status)) {
                String event = event(execution).toString();
                rule.targetArns().forEach(target -> functions.invoke(target, event));
            }
        }
    }

    /** The event's shape as EventBridge delivers it for Step Functions (dates in epoch milliseconds). */
    ObjectNode event(Execution execution) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", ExecutionStatusRulePlan.DETAIL_TYPE);
        event.put("source", ExecutionStatusRulePlan.SOURCE);
        event.put("account", account);
        event.put("time", execution.stopDate().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        event.put("region", region);
        event.putArray("resources").add(execution.identity().executionArn());
        ObjectNode detail = event.putObject("detail");
        detail.put("executionArn", execution.identity().executionArn());
        detail.put("stateMachineArn", execution.identity().stateMachineArn());
        detail.put("name", execution.identity().name());
        detail.put("status", execution.status().name());
        detail.put("startDate", execution.identity().startDate().toEpochMilli());
        detail.put("stopDate", execution.stopDate().toEpochMilli());
        detail.put("input", execution.identity().input().toString());
        detail.putObject("inputDetails").put("included", true);
        JsonNode output = execution.output();
        if (output == null) {
            detail.putNull("output");
            detail.putNull("outputDetails");
        } else {
            detail.put("output", output.toString());
            detail.putObject("outputDetails").put("included", true);
        }
        putText(detail, "error", execution.error());
        putText(detail, "cause", execution.cause());
        return event;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
