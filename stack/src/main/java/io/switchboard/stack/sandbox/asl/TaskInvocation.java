package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One attempt at a task, with its history events: Task* events for service integrations
 * ({@code arn:aws:states:::service:action}), LambdaFunction* events for a bare function ARN.
 */
final class TaskInvocation {
    private final State.Task state;
    private final ExecutionScope scope;
    private final boolean bareLambda;
    private final String resourceType;
    private final String resourceName;

    TaskInvocation(State.Task state, ExecutionScope scope) {
        this.state = state;
        this.scope = scope;
        this.bareLambda = LambdaTaskResource.isFunctionArn(state.resource());
        String integration = state.resource().startsWith("arn:aws:states:::")
                ? state.resource().substring("arn:aws:states:::".length()) : state.resource();
        int colon = integration.indexOf(':');
        this.resourceType = colon < 0 ? integration : integration.substring(0, colon);
        this.resourceName = colon < 0 ? integration : integration.substring(colon + 1);
    }

    JsonNode invoke(JsonNode parameters) throws InterruptedException {
        scheduled(parameters);
        Future<JsonNode> future = scope.taskPool().submit(() -> scope.resources().execute(state.resource(), parameters));
        record(bareLambda ? "LambdaFunctionStarted" : "TaskStarted", "taskStartedEventDetails", resourceDetails());
        JsonNode result;
        try {
            result = state.timeoutSeconds() == null ? future.get() : future.get(state.timeoutSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            StatesError timeout = new StatesError(StatesError.TIMEOUT, "The task timed out after " + state.timeoutSeconds() + " seconds");
            recordError(bareLambda ? "LambdaFunctionTimedOut" : "TaskTimedOut",
                    bareLambda ? "lambdaFunctionTimedOutEventDetails" : "taskTimedOutEventDetails", timeout);
            throw timeout;
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            StatesError failure = e.getCause() instanceof StatesError known
                    ? known : new StatesError(StatesError.TASK_FAILED, String.valueOf(e.getCause()));
            recordError(bareLambda ? "LambdaFunctionFailed" : "TaskFailed",
                    bareLambda ? "lambdaFunctionFailedEventDetails" : "taskFailedEventDetails", failure);
            throw failure;
        }
        ObjectNode details = bareLambda ? AslJson.object() : resourceDetails();
        details.put("output", AslJson.write(result));
        details.putObject("outputDetails").put("truncated", false);
        record(bareLambda ? "LambdaFunctionSucceeded" : "TaskSucceeded",
                bareLambda ? "lambdaFunctionSucceededEventDetails" : "taskSucceededEventDetails", details);
        return result;
    }

    private void scheduled(JsonNode parameters) {
        ObjectNode details;
        if (bareLambda) {
            details = AslJson.object();
            details.put("resource", state.resource());
            details.put("input", AslJson.write(parameters));
            details.putObject("inputDetails").put("truncated", false);
        } else {
            details = resourceDetails();
            details.put("region", scope.region());
            details.put("parameters", AslJson.write(parameters));
        }
        if (state.timeoutSeconds() != null) {
            details.put("timeoutInSeconds", state.timeoutSeconds());
        }
        record(bareLambda ? "LambdaFunctionScheduled" : "TaskScheduled",
                bareLambda ? "lambdaFunctionScheduledEventDetails" : "taskScheduledEventDetails", details);
    }

    private ObjectNode resourceDetails() {
        ObjectNode details = AslJson.object();
        details.put("resourceType", resourceType);
        details.put("resource", resourceName);
        return details;
    }

    private void recordError(String type, String field, StatesError error) {
        ObjectNode details = bareLambda ? AslJson.object() : resourceDetails();
        details.setAll(ExecutionHistory.errorDetails(error.error(), error.cause()));
        record(type, field, details);
    }

    private void record(String type, String field, ObjectNode details) {
        if (bareLambda && type.equals("LambdaFunctionStarted")) {
            scope.history().record(type, null, null);
        } else {
            scope.history().record(type, field, details);
        }
    }
}
