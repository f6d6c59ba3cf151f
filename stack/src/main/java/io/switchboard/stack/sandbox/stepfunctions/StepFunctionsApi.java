package io.switchboard.stack.sandbox.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Function;

/** Routes an operation name (the part after {@code AWSStepFunctions.}) to its implementation. */
final class StepFunctionsApi {
    private final Map<String, Function<JsonNode, ObjectNode>> operations;

    StepFunctionsApi(StateMachineOperations machines, ExecutionOperations executions) {
        this.operations = Map.of(
                "CreateStateMachine", machines::create,
                "DescribeStateMachine", machines::describe,
                "ListStateMachines", machines::list,
                "DeleteStateMachine", machines::delete,
                "StartExecution", executions::start,
                "DescribeExecution", executions::describe,
                "ListExecutions", executions::list,
                "GetExecutionHistory", executions::history,
                "StopExecution", executions::stop);
    }

    ObjectNode call(String operation, JsonNode request) {
        Function<JsonNode, ObjectNode> handler = operations.get(operation);
        if (handler == null) {
            throw new SfnException("UnknownOperationException", "The sandbox does not implement operation '" + operation + "'");
        }
        return handler.apply(request);
    }
}
