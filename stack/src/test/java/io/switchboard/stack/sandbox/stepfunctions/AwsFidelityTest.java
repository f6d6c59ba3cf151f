package io.switchboard.stack.sandbox.stepfunctions;

import static io.switchboard.stack.sandbox.stepfunctions.SfnFixture.assertSucceeded;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.stack.sandbox.asl.AslJson;
import io.switchboard.stack.sandbox.asl.LambdaInvocation;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Behaviour where the sandbox once differed from AWS (issue 11, items 1–6); expected values are
 * AWS's, from its documentation and the recorded answers in ../shared/reference/sfn-aws-recorded.
 */
class AwsFidelityTest {
    private final SfnFixture fixture = new SfnFixture(0.02);

    @AfterEach
    void close() {
        fixture.close();
    }

    private JsonNode resultOf(String parameters, String input) {
        DescribeExecutionResponse result = fixture.run("""
                {"StartAt": "S", "States": {"S": {"Type": "Pass", "Parameters": %s, "End": true}}}""".formatted(parameters), input);
        assertSucceeded(result);
        return AslJson.parse(result.output()).get("r");
    }

    @Test
    void endlessLoop_failsWhenItsHistoryReachesAwsCapOf25000Events() {
        DescribeExecutionResponse result = fixture.run("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "Next": "A"}}}""", "{}");

        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("States.Runtime");
        assertThat(result.cause()).contains("25000");
        HistoryEvent last = fixture.sfn.getExecutionHistory(b -> b.executionArn(result.executionArn()).reverseOrder(true).maxResults(1))
                .events().get(0);
        assertThat(last.id()).isEqualTo(25_000L);
        assertThat(last.typeAsString()).isEqualTo("ExecutionFailed");
        // The sandbox still answers other requests.
        assertSucceeded(fixture.run("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}""", "{}"));
    }

    @Test
    void arrayContains_withALiteralNumber_findsTheEqualElement() {
        assertThat(resultOf("{\"r.$\": \"States.ArrayContains($.arr, 3)\"}", "{\"arr\": [1, 2, 3]}").asBoolean()).isTrue();
        assertThat(resultOf("{\"r.$\": \"States.ArrayContains($.arr, 3)\"}", "{\"arr\": [1.0, 3.0]}").asBoolean()).isTrue();
    }

    @Test
    void mathAdd_roundsNonIntegersToTheNearestIntegerHalfUpLikeAws() {
        assertThat(resultOf("{\"r.$\": \"States.MathAdd($.n, 1)\"}", "{\"n\": 1.5}").asLong()).isEqualTo(3);
        assertThat(resultOf("{\"r.$\": \"States.MathAdd($.n, 0)\"}", "{\"n\": -2.5}").asLong()).isEqualTo(-2);
        assertThat(resultOf("{\"r.$\": \"States.MathAdd($.n, 1.51)\"}", "{\"n\": 1.5}").asLong()).isEqualTo(4);
    }

    @Test
    void catch_recordsTaskStateExitedBeforeTheCatchTargetIsEntered() {
        fixture.functions.define("broken", payload -> LambdaInvocation.failure("Boom", "it broke"));

        DescribeExecutionResponse result = fixture.run("""
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                           "Parameters": {"FunctionName": "broken"},
                           "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handled"}], "End": true},
                  "Handled": {"Type": "Pass", "End": true}}}""", "{}");

        assertSucceeded(result);
        assertThat(fixture.eventTypes(result.executionArn())).containsExactly("ExecutionStarted", "TaskStateEntered",
                "TaskScheduled", "TaskStarted", "TaskFailed", "TaskStateExited", "PassStateEntered", "PassStateExited",
                "ExecutionSucceeded");
    }

    @Test
    void resultPath_onAScalarInput_failsWithResultPathMatchFailure() {
        DescribeExecutionResponse result = fixture.run("""
                {"StartAt": "S", "States": {"S": {"Type": "Pass", "Result": 1, "ResultPath": "$.r", "End": true}}}""", "7");

        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("States.ResultPathMatchFailure");
    }

    @Test
    void missingInputPath_failsWithAwsPrefixAndWording() {
        DescribeExecutionResponse result = fixture.run("""
                {"StartAt": "pass", "States": {"pass": {"Type": "Pass", "InputPath": "$.nope", "End": true}}}""", "{}");

        assertThat(result.error()).isEqualTo("States.Runtime");
        assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'pass' (entered at the event id #2). "
                + "Invalid path '$.nope' : No results for path: $['nope']");
    }

    @Test
    void missingIntermediateOutputPathStep_namesTheMissingProperty() {
        DescribeExecutionResponse result = fixture.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Next": "Q"},
                  "Q": {"Type": "Pass", "OutputPath": "$.no.such.path", "End": true}}}""", "{}");

        assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'Q' (entered at the event id #4). "
                + "Invalid path '$.no.such.path' : Missing property in path $['no']");
    }

    @Test
    void firstStateEntered_hasPreviousEventIdZeroLikeAws() {
        DescribeExecutionResponse result = fixture.run("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}""", "{}");

        List<HistoryEvent> events = fixture.history(result.executionArn());
        assertThat(events).extracting(HistoryEvent::previousEventId).containsExactly(0L, 0L, 2L, 3L);
    }

    @Test
    void failState_readsErrorPathAndCausePathFromItsInput() {
        DescribeExecutionResponse result = fixture.run("""
                {"StartAt": "F", "States": {"F": {"Type": "Fail", "ErrorPath": "$.Error",
                  "CausePath": "States.Format('because {}', $.Cause)"}}}""", "{\"Error\": \"Bad\", \"Cause\": \"reasons\"}");

        assertThat(result.error()).isEqualTo("Bad");
        assertThat(result.cause()).isEqualTo("because reasons");
    }

    @Test
    void intrinsics_arrayPartitionRangeUniqueAndHash() {
        assertThat(resultOf("{\"r.$\": \"States.ArrayPartition($.a, 2)\"}", "{\"a\": [0, 1, 2]}"))
                .isEqualTo(AslJson.parse("[[0, 1], [2]]"));
        assertThat(resultOf("{\"r.$\": \"States.ArrayRange(1, 9, 2)\"}", "{}")).isEqualTo(AslJson.parse("[1, 3, 5, 7, 9]"));
        assertThat(resultOf("{\"r.$\": \"States.ArrayUnique($.a)\"}", "{\"a\": [1, 1, \"x\", \"x\", null]}"))
                .isEqualTo(AslJson.parse("[1, \"x\", null]"));
        assertThat(resultOf("{\"r.$\": \"States.Hash('input data', 'SHA-1')\"}", "{}").asText())
                .isEqualTo("aaff4a450a104cd177d28d18d74485e8cae074b7");
    }

    @Test
    void jsonPath_wildcardsSlicesFiltersAndDescentReadAsArraysOfTheirMatches() {
        String input = """
                {"users": [{"name": "a", "year": 1997, "status": 0}, {"name": "b", "year": 1998, "status": 1},
                           {"name": "c", "year": 2001, "status": 0}]}""";

        assertThat(resultOf("{\"r.$\": \"$.users[*].name\"}", input)).isEqualTo(AslJson.parse("[\"a\", \"b\", \"c\"]"));
        assertThat(resultOf("{\"r.$\": \"$.users[1:].name\"}", input)).isEqualTo(AslJson.parse("[\"b\", \"c\"]"));
        assertThat(resultOf("{\"r.$\": \"$.users[?(@.status == 0)].name\"}", input)).isEqualTo(AslJson.parse("[\"a\", \"c\"]"));
        assertThat(resultOf("{\"r.$\": \"$.users[?(@.year < 1999 && @.status > 0)].name\"}", input))
                .isEqualTo(AslJson.parse("[\"b\"]"));
        assertThat(resultOf("{\"r.$\": \"$..year\"}", input)).isEqualTo(AslJson.parse("[1997, 1998, 2001]"));
        assertThat(resultOf("{\"r.$\": \"$.missing[*]\"}", "{}")).isEqualTo(AslJson.parse("[]"));
    }

    @Test
    void inlineMap_runsItsProcessorPerItemAndRecordsAwsMapEvents() {
        DescribeExecutionResponse result = fixture.run("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 1,
                  "ItemSelector": {"value.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index", "tag.$": "$.tag"},
                  "ItemProcessor": {"StartAt": "Double", "States": {"Double": {"Type": "Pass",
                    "Parameters": {"twice.$": "States.MathAdd($.value, $.value)", "index.$": "$.index", "tag.$": "$.tag"}, "End": true}}},
                  "ResultPath": "$.results", "End": true}}}""", "{\"items\": [1, 2], \"tag\": \"t\"}");

        assertSucceeded(result);
        assertThat(AslJson.parse(result.output()).get("results")).isEqualTo(AslJson.parse(
                "[{\"twice\": 2, \"index\": 0, \"tag\": \"t\"}, {\"twice\": 4, \"index\": 1, \"tag\": \"t\"}]"));
        assertThat(fixture.eventTypes(result.executionArn())).containsExactly("ExecutionStarted", "MapStateEntered",
                "MapStateStarted", "MapIterationStarted", "PassStateEntered", "PassStateExited", "MapIterationSucceeded",
                "MapIterationStarted", "PassStateEntered", "PassStateExited", "MapIterationSucceeded", "MapStateSucceeded",
                "MapStateExited", "ExecutionSucceeded");
    }
}
