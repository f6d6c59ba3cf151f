package io.switchboard.stack.sandbox.stepfunctions;

import static io.switchboard.stack.sandbox.stepfunctions.SfnFixture.assertSucceeded;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.stack.sandbox.asl.AslJson;
import io.switchboard.stack.sandbox.asl.LambdaInvocation;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/** ASL features, each run through the real SfnClient against the sandbox. Waits run at 1/50 speed. */
class AslFeaturesTest {
    private final SfnFixture fixture = new SfnFixture(0.02);

    @AfterEach
    void close() {
        fixture.close();
    }

    private static final String CALL_FLAKY = """
            {"StartAt": "Call", "States": {
              "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                       "Parameters": {"FunctionName": "flaky", "Payload.$": "$"},
                       "OutputPath": "$.Payload",
                       "Retry": [{"ErrorEquals": ["Busy"], "IntervalSeconds": 1, "MaxAttempts": %d, "BackoffRate": 2}],
                       "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Handled"}],
                       "End": true},
              "Handled": {"Type": "Pass", "End": true}}}
            """;

    @Test
    void retry_whenFunctionFailsTwiceThenWorks_succeedsWithItsOutput() {
        AtomicInteger attempts = new AtomicInteger();
        fixture.functions.define("flaky", payload -> attempts.incrementAndGet() < 3
                ? LambdaInvocation.failure("Busy", "try again")
                : LambdaInvocation.success(AslJson.parse("{\"ok\":true}")));

        DescribeExecutionResponse result = fixture.run(CALL_FLAKY.formatted(3), "{}");

        assertSucceeded(result);
        assertThat(result.output()).isEqualTo("{\"ok\":true}");
        assertThat(attempts).hasValue(3);
        assertThat(fixture.eventTypes(result.executionArn())).containsSubsequence(
                "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskFailed", "TaskScheduled", "TaskStarted", "TaskFailed",
                "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
    }

    @Test
    void retry_whenAttemptsRunOut_catchPutsTheErrorAtResultPath() {
        fixture.functions.define("flaky", payload -> LambdaInvocation.failure("Busy", "still busy"));

        DescribeExecutionResponse result = fixture.run(CALL_FLAKY.formatted(2), "{\"contact\":\"c-1\"}");

        assertSucceeded(result);
        JsonNode output = AslJson.parse(result.output());
        assertThat(output.get("contact").asText()).isEqualTo("c-1");
        assertThat(output.at("/error/Error").asText()).isEqualTo("Busy");
        assertThat(AslJson.parse(output.at("/error/Cause").asText()).get("errorMessage").asText()).isEqualTo("still busy");
        assertThat(fixture.functions.calls()).hasSize(3);
        assertThat(fixture.eventTypes(result.executionArn())).endsWith("PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    }

    @Test
    void functionError_withoutCatch_failsTheExecutionWithTheErrorTypeAndPayloadAsCause() {
        fixture.functions.define("flaky", payload -> LambdaInvocation.failure("IllegalStateException", "boom"));
        String definition = """
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                           "Parameters": {"FunctionName": "flaky"}, "End": true}}}""";

        DescribeExecutionResponse result = fixture.run(definition, "{}");

        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("IllegalStateException");
        assertThat(AslJson.parse(result.cause()).get("errorMessage").asText()).isEqualTo("boom");
        HistoryEvent failed = fixture.history(result.executionArn()).stream()
                .filter(e -> e.type() == HistoryEventType.TASK_FAILED).findFirst().orElseThrow();
        assertThat(failed.taskFailedEventDetails().resourceType()).isEqualTo("lambda");
        assertThat(failed.taskFailedEventDetails().resource()).isEqualTo("invoke");
        assertThat(failed.taskFailedEventDetails().error()).isEqualTo("IllegalStateException");
    }

    @Test
    void bareFunctionArn_returnsThePayloadItselfAndRecordsLambdaFunctionEvents() {
        fixture.functions.returning("echo", payload -> payload);
        String definition = """
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:000000000000:function:echo", "End": true}}}""";

        DescribeExecutionResponse result = fixture.run(definition, "{\"a\":1}");

        assertSucceeded(result);
        assertThat(result.output()).isEqualTo("{\"a\":1}");
        assertThat(fixture.eventTypes(result.executionArn())).containsSubsequence(
                "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded");
    }

    @Test
    void lambdaInvoke_resultWrapsThePayloadLikeTheServiceIntegration() {
        fixture.functions.returning("echo", payload -> payload);
        String definition = """
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                           "Parameters": {"FunctionName": "echo", "Payload": {"x": 1}}, "End": true}}}""";

        JsonNode output = AslJson.parse(fixture.run(definition, "{}").output());

        assertThat(output.get("StatusCode").asInt()).isEqualTo(200);
        assertThat(output.get("ExecutedVersion").asText()).isEqualTo("$LATEST");
        assertThat(output.get("Payload")).isEqualTo(AslJson.parse("{\"x\":1}"));
    }

    @Test
    void choice_followsTheFirstMatchingRuleElseDefault() {
        String definition = """
                {"StartAt": "Route", "States": {
                  "Route": {"Type": "Choice", "Choices": [
                      {"Variable": "$.kind", "StringEquals": "a", "Next": "A"},
                      {"And": [{"Variable": "$.n", "NumericGreaterThan": 10}, {"Variable": "$.n", "NumericLessThanEquals": 20}], "Next": "Between"},
                      {"Variable": "$.n", "NumericEqualsPath": "$.limit", "Next": "AtLimit"},
                      {"Not": {"Variable": "$.flag", "BooleanEquals": true}, "Next": "NotFlagged"},
                      {"Or": [{"Variable": "$.name", "StringMatches": "call-*"}, {"Variable": "$.missing", "IsPresent": true}], "Next": "Call"},
                      {"Variable": "$.nothing", "IsNull": true, "Next": "Null"}],
                    "Default": "Other"},
                  "A": {"Type": "Pass", "Result": "A", "End": true},
                  "Between": {"Type": "Pass", "Result": "Between", "End": true},
                  "AtLimit": {"Type": "Pass", "Result": "AtLimit", "End": true},
                  "NotFlagged": {"Type": "Pass", "Result": "NotFlagged", "End": true},
                  "Call": {"Type": "Pass", "Result": "Call", "End": true},
                  "Null": {"Type": "Pass", "Result": "Null", "End": true},
                  "Other": {"Type": "Pass", "Result": "Other", "End": true}}}""";
        String machine = fixture.createMachine(definition);

        assertThat(outputOf(machine, "{\"kind\":\"a\",\"flag\":true}")).isEqualTo("\"A\"");
        assertThat(outputOf(machine, "{\"kind\":\"b\",\"n\":15,\"flag\":true}")).isEqualTo("\"Between\"");
        assertThat(outputOf(machine, "{\"kind\":\"z\",\"n\":30,\"limit\":30,\"flag\":true}")).isEqualTo("\"AtLimit\"");
        assertThat(outputOf(machine, "{\"kind\":\"z\",\"n\":1,\"limit\":2,\"flag\":false}")).isEqualTo("\"NotFlagged\"");
        assertThat(outputOf(machine, "{\"kind\":\"z\",\"n\":1,\"limit\":2,\"flag\":true,\"name\":\"call-42\"}")).isEqualTo("\"Call\"");
        assertThat(outputOf(machine, "{\"kind\":\"z\",\"n\":1,\"limit\":2,\"flag\":true,\"name\":\"x\",\"nothing\":null}")).isEqualTo("\"Null\"");
        assertThat(outputOf(machine, "{\"kind\":\"z\",\"n\":1,\"limit\":2,\"flag\":true,\"name\":\"x\",\"nothing\":1}")).isEqualTo("\"Other\"");
        DescribeExecutionResponse missingVariable = fixture.awaitEnd(fixture.start(machine, "{\"n\":1}"));
        assertThat(missingVariable.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(missingVariable.error()).isEqualTo("States.Runtime");
        assertThat(missingVariable.cause()).contains("$.kind");
    }

    @Test
    void choice_withoutMatchOrDefault_failsWithNoChoiceMatched() {
        String definition = """
                {"StartAt": "Route", "States": {
                  "Route": {"Type": "Choice", "Choices": [{"Variable": "$.kind", "IsString": true, "Next": "Done"}]},
                  "Done": {"Type": "Succeed"}}}""";

        DescribeExecutionResponse result = fixture.run(definition, "{\"kind\": 3}");

        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("States.NoChoiceMatched");
    }

    @Test
    void dataFlow_appliesInputPathParametersResultSelectorResultPathAndOutputPath() {
        fixture.functions.returning("lookup", payload -> AslJson.parse("{\"name\":\"Ada\",\"seen\":" + payload + "}"));
        String definition = """
                {"StartAt": "Lookup", "States": {
                  "Lookup": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                    "InputPath": "$.order",
                    "Parameters": {"FunctionName": "lookup",
                                   "Payload": {"id.$": "$.id", "execution.$": "$$.Execution.Name", "state.$": "$$.State.Name",
                                               "machine.$": "$$.StateMachine.Name", "fixed": 7}},
                    "ResultSelector": {"customer.$": "$.Payload.name", "seen.$": "$.Payload.seen"},
                    "ResultPath": "$.order.lookup",
                    "OutputPath": "$.order",
                    "Next": "Keep"},
                  "Keep": {"Type": "Pass", "Result": {"ignored": true}, "ResultPath": null, "End": true}}}""";
        String machine = fixture.createMachine(definition);
        String executionArn = fixture.sfn.startExecution(b -> b.stateMachineArn(machine).name("exec-1")
                .input("{\"order\":{\"id\":\"o-9\"},\"other\":1}")).executionArn();

        DescribeExecutionResponse result = fixture.awaitEnd(executionArn);

        assertSucceeded(result);
        JsonNode output = AslJson.parse(result.output());
        assertThat(output.get("id").asText()).isEqualTo("o-9");
        assertThat(output.has("other")).isFalse();
        assertThat(output.at("/lookup/customer").asText()).isEqualTo("Ada");
        JsonNode seen = output.at("/lookup/seen");
        assertThat(seen.get("id").asText()).isEqualTo("o-9");
        assertThat(seen.get("execution").asText()).isEqualTo("exec-1");
        assertThat(seen.get("state").asText()).isEqualTo("Lookup");
        assertThat(seen.get("machine").asText()).startsWith("sm-");
        assertThat(seen.get("fixed").asInt()).isEqualTo(7);
    }

    @Test
    void intrinsics_formatJsonArrayMathAndUuid() {
        String definition = """
                {"StartAt": "Build", "States": {
                  "Build": {"Type": "Pass", "Parameters": {
                      "greeting.$": "States.Format('Hello {}, you are caller {}', $.name, $.n)",
                      "text.$": "States.JsonToString($.obj)",
                      "parsed.$": "States.StringToJson($.json)",
                      "array.$": "States.Array($.n, 'x', States.MathAdd($.n, 2))",
                      "sum.$": "States.MathAdd($.n, -1)",
                      "id.$": "States.UUID()",
                      "execution.$": "$$.Execution.Id"}, "End": true}}}""";

        DescribeExecutionResponse result = fixture.run(definition,
                "{\"name\":\"Ada\",\"n\":5,\"obj\":{\"a\":[1,2]},\"json\":\"{\\\"k\\\":true}\"}");

        assertSucceeded(result);
        JsonNode output = AslJson.parse(result.output());
        assertThat(output.get("greeting").asText()).isEqualTo("Hello Ada, you are caller 5");
        assertThat(output.get("text").asText()).isEqualTo("{\"a\":[1,2]}");
        assertThat(output.get("parsed")).isEqualTo(AslJson.parse("{\"k\":true}"));
        assertThat(output.get("array")).isEqualTo(AslJson.parse("[5,\"x\",7]"));
        assertThat(output.get("sum").asInt()).isEqualTo(4);
        assertThat(output.get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(output.get("execution").asText()).isEqualTo(result.executionArn());
    }

    @Test
    void wait_bySecondsSecondsPathAndTimestampPath_recordsWaitEvents() {
        String definition = """
                {"StartAt": "Fixed", "States": {
                  "Fixed": {"Type": "Wait", "Seconds": 2, "Next": "FromInput"},
                  "FromInput": {"Type": "Wait", "SecondsPath": "$.delay", "Next": "Until"},
                  "Until": {"Type": "Wait", "TimestampPath": "$.until", "End": true}}}""";

        DescribeExecutionResponse result = fixture.run(definition, "{\"delay\":3,\"until\":\"2020-01-01T00:00:00Z\"}");

        assertSucceeded(result);
        assertThat(fixture.eventTypes(result.executionArn())).containsExactly("ExecutionStarted",
                "WaitStateEntered", "WaitStateExited", "WaitStateEntered", "WaitStateExited",
                "WaitStateEntered", "WaitStateExited", "ExecutionSucceeded");
        assertThat(result.stopDate()).isAfterOrEqualTo(result.startDate().plusMillis(90));
    }

    @Test
    void failState_failsTheExecutionWithItsErrorAndCause() {
        String definition = """
                {"StartAt": "Check", "States": {
                  "Check": {"Type": "Pass", "Next": "Stop"},
                  "Stop": {"Type": "Fail", "Error": "Caller.Unknown", "Cause": "no such caller"}}}""";

        DescribeExecutionResponse result = fixture.run(definition, "{}");

        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("Caller.Unknown");
        assertThat(result.cause()).isEqualTo("no such caller");
        var history = fixture.history(result.executionArn());
        HistoryEvent last = history.get(history.size() - 1);
        assertThat(last.type()).isEqualTo(HistoryEventType.EXECUTION_FAILED);
        assertThat(last.executionFailedEventDetails().error()).isEqualTo("Caller.Unknown");
        assertThat(last.executionFailedEventDetails().cause()).isEqualTo("no such caller");
        assertThat(history.get(history.size() - 2).type()).isEqualTo(HistoryEventType.FAIL_STATE_ENTERED);
    }

    @Test
    void taskTimeout_raisesStatesTimeoutThatCatchCanHandle() {
        fixture.functions.define("slow", payload -> {
            Thread.sleep(5_000);
            return LambdaInvocation.success(payload);
        });
        String definition = """
                {"StartAt": "Slow", "States": {
                  "Slow": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 1,
                           "Parameters": {"FunctionName": "slow"},
                           "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "Wrong"},
                                     {"ErrorEquals": ["States.Timeout"], "ResultPath": "$.timeout", "Next": "TimedOut"}],
                           "End": true},
                  "Wrong": {"Type": "Fail", "Error": "Wrong"},
                  "TimedOut": {"Type": "Pass", "End": true}}}""";

        DescribeExecutionResponse result = fixture.run(definition, "{}");

        assertSucceeded(result);
        assertThat(AslJson.parse(result.output()).at("/timeout/Error").asText()).isEqualTo("States.Timeout");
        assertThat(fixture.eventTypes(result.executionArn())).contains("TaskTimedOut");
    }

    @Test
    void machineTimeout_endsTheExecutionTimedOut() {
        fixture.functions.define("slow", payload -> {
            Thread.sleep(10_000);
            return LambdaInvocation.success(payload);
        });
        String definition = """
                {"StartAt": "Slow", "TimeoutSeconds": 1, "States": {
                  "Slow": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                           "Parameters": {"FunctionName": "slow"}, "End": true}}}""";

        DescribeExecutionResponse result = fixture.run(definition, "{}");

        assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        var history = fixture.history(result.executionArn());
        HistoryEvent last = history.get(history.size() - 1);
        assertThat(last.type()).isEqualTo(HistoryEventType.EXECUTION_TIMED_OUT);
        assertThat(last.executionTimedOutEventDetails().error()).isEqualTo("States.Timeout");
    }

    private String outputOf(String machine, String input) {
        DescribeExecutionResponse result = fixture.awaitEnd(fixture.start(machine, input));
        assertSucceeded(result);
        return result.output();
    }
}
