package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** Who an execution is: what the context object's Execution and StateMachine parts report. */
public record ExecutionIdentity(String executionArn, String name, String stateMachineArn, String stateMachineName,
                                String roleArn, JsonNode input, Instant startDate) {

    /** The context object ({@code $$}) for a state entered at {@code enteredTime}. */
    public ObjectNode contextObject(String stateName, Instant enteredTime, int retryCount) {
        ObjectNode context = AslJson.object();
        ObjectNode execution = context.putObject("Execution");
        execution.put("Id", executionArn);
        execution.set("Input", input);
        execution.put("Name", name);
        execution.put("RoleArn", roleArn);
        execution.put("StartTime", startDate.toString());
        execution.put("RedriveCount", 0);
        ObjectNode state = context.putObject("State");
        state.put("EnteredTime", enteredTime.toString());
        state.put("Name", stateName);
        state.put("RetryCount", retryCount);
        ObjectNode machine = context.putObject("StateMachine");
        machine.put("Id", stateMachineArn);
        machine.put("Name", stateMachineName);
        return context;
    }
}
