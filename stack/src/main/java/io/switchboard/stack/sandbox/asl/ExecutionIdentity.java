package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Who an execution is: what the context object's Execution and StateMachine parts report. */
public record ExecutionIdentity(String executionArn, String name, String stateMachineArn, String stateMachineName,
                                String roleArn, JsonNode input, Instant startDate, int redriveCount) {

    public ExecutionIdentity(String executionArn, String name, String stateMachineArn, String stateMachineName,
                             String roleArn, JsonNode input, Instant startDate) {
        this(executionArn, name, stateMachineArn, stateMachineName, roleArn, input, startDate, 0);
    }

    /** The same execution as its {@code count}-th redrive sees itself ({@code $$.Execution.RedriveCount}). */
    public ExecutionIdentity redriven(int count) {
        return new ExecutionIdentity(executionArn, name, stateMachineArn, stateMachineName, roleArn, input, startDate, count);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * The context object ({@code $$}) for a state entered at {@code enteredTime}; {@code retryCount}
     * is {@code null} for states other than Task, whose context AWS gives no RetryCount.
     */
    public ObjectNode contextObject(String stateName, Instant enteredTime, Integer retryCount) {
        ObjectNode context = AslJson.object();
        ObjectNode execution = context.putObject("Execution");
        execution.put("Id", executionArn);
        execution.set("Input", input);
        execution.put("Name", name);
        execution.put("RoleArn", roleArn);
        execution.put("StartTime", TIME.format(startDate));
        execution.put("RedriveCount", redriveCount);
        ObjectNode state = context.putObject("State");
        state.put("EnteredTime", TIME.format(enteredTime));
        state.put("Name", stateName);
        if (retryCount != null) {
            state.put("RetryCount", retryCount);
        }
        ObjectNode machine = context.putObject("StateMachine");
        machine.put("Id", stateMachineArn);
        machine.put("Name", stateMachineName);
        return context;
    }
}
