package io.switchboard.stack.sandbox.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Function;

/** Routes an operation name (the part after {@code AWSStepFunctions.}) to its implementation. */
final class StepFunctionsApi {
    private final Map<String, Function<JsonNode, ObjectNode>> operations;

    StepFunctionsApi(StateMachineOperations machines, ExecutionOperations executions) {
        this.operations = Map.ofEntries(
                operation("CreateStateMachine", machines::create),
                operation("DescribeStateMachine", machines::describe),
                operation("ListStateMachines", machines::list),
                operation("DeleteStateMachine", machines::delete),
                operation("ValidateStateMachineDefinition", machines::validate),
                operation("DescribeStateMachineForExecution", machines::describeForExecution),
                operation("StartExecution", executions::start),
                operation("DescribeExecution", executions::describe),
                operation("ListExecutions", executions::list),
                operation("GetExecutionHistory", executions::history),
                operation("StopExecution", executions::stop),
                operation("RedriveExecution", executions::redrive));
    }

    private static Map.Entry<String, Function<JsonNode, ObjectNode>> operation(String name, Function<JsonNode, ObjectNode> handler) {
        return Map.entry(name, handler);
    }

    ObjectNode call(String operation, JsonNode request) {
        Function<JsonNode, ObjectNode> handler = operations.get(operation);
        if (handler == null) {
            throw new SfnException("UnknownOperationException", "The sandbox does not implement operation '" + operation + "'");
        }
        return handler.apply(request);
    }
}
