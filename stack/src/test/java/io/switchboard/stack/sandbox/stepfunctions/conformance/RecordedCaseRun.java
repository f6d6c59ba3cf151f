package io.switchboard.stack.sandbox.stepfunctions.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;

/**
 * Runs one paired case through a real SfnClient and compares what the sandbox did with what AWS
 * recorded: the sequence of history event types, the final status, and the output (succeeded) or
 * error and cause (failed).
 */
final class RecordedCaseRun {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LONGEST_RUN = Duration.ofSeconds(15);

    enum Verdict { AGREES, DIFFERS, REFUSED }

    record Result(RecordedCase recorded, Verdict verdict, String detail) {
    }

    private RecordedCaseRun() {
    }

    static Result run(SfnClient sfn, RecordedCase recorded, String name) {
        String machineArn;
        try {
            machineArn = sfn.createStateMachine(b -> b.name(name).definition(recorded.definition())
                    .roleArn("arn:aws:iam::000000000000:role/conformance")).stateMachineArn();
        } catch (InvalidDefinitionException refused) {
            return new Result(recorded, Verdict.REFUSED, unsupportedFeature(refused.awsErrorDetails().errorMessage()));
        }
        String executionArn = sfn.startExecution(b -> b.stateMachineArn(machineArn).name(name)
                .input(recorded.inputText())).executionArn();
        DescribeExecutionResponse described = awaitEnd(sfn, executionArn);
        List<String> types = new ArrayList<>();
        sfn.getExecutionHistoryPaginator(b -> b.executionArn(executionArn)).events().stream()
                .map(HistoryEvent::typeAsString).forEach(types::add);
        sfn.deleteStateMachine(b -> b.stateMachineArn(machineArn));
        List<String> differences = differences(recorded, described, types);
        return new Result(recorded, differences.isEmpty() ? Verdict.AGREES : Verdict.DIFFERS, String.join("; ", differences));
    }

    private static DescribeExecutionResponse awaitEnd(SfnClient sfn, String executionArn) {
        long deadline = System.nanoTime() + LONGEST_RUN.toNanos();
        DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(executionArn));
        while (described.status() == ExecutionStatus.RUNNING && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            described = sfn.describeExecution(b -> b.executionArn(executionArn));
        }
        if (described.status() == ExecutionStatus.RUNNING) {
            sfn.stopExecution(b -> b.executionArn(executionArn));
        }
        return described;
    }

    static List<String> differences(RecordedCase recorded, DescribeExecutionResponse actual, List<String> actualTypes) {
        List<String> differences = new ArrayList<>();
        List<String> expectedTypes = new ArrayList<>();
        recorded.events().forEach(e -> expectedTypes.add(e.path("type").asText()));
        if (!expectedTypes.equals(actualTypes)) {
            differences.add("event types " + firstDifference(expectedTypes, actualTypes));
        }
        JsonNode last = recorded.lastEvent();
        String expectedStatus = switch (last.path("type").asText()) {
            case "ExecutionSucceeded" -> "SUCCEEDED";
            case "ExecutionFailed" -> "FAILED";
            case "ExecutionTimedOut" -> "TIMED_OUT";
            case "ExecutionAborted" -> "ABORTED";
            default -> "?";
        };
        if (!expectedStatus.equals(actual.statusAsString())) {
            differences.add("status " + expectedStatus + " != " + actual.statusAsString()
                    + (actual.error() != null ? " (" + actual.error() + ": " + actual.cause() + ")" : ""));
            return differences;
        }
        if (expectedStatus.equals("SUCCEEDED")) {
            JsonNode expected = RecordedCase.recordedJson(last.path("executionSucceededEventDetails").path("output"));
            JsonNode output = parse(actual.output());
            if (!RecordedMatching.matches(expected, output)) {
                differences.add("output " + expected + " != " + output);
            }
        } else if (expectedStatus.equals("FAILED")) {
            JsonNode details = last.path("executionFailedEventDetails");
            compareText(differences, "error", details.get("error"), actual.error());
            compareText(differences, "cause", details.get("cause"), actual.cause());
        }
        return differences;
    }

    private static void compareText(List<String> differences, String what, JsonNode expected, String actual) {
        if (expected == null || expected.isMissingNode()) {
            if (actual != null && !actual.isEmpty()) {
                differences.add(what + " absent != '" + actual + "'");
            }
            return;
        }
        JsonNode actualNode = expected.isTextual() ? (actual == null ? null : JSON.getNodeFactory().textNode(actual)) : parse(actual);
        if (!RecordedMatching.matches(expected, actualNode)) {
            differences.add(what + " '" + (expected.isTextual() ? expected.asText() : expected) + "' != '" + actual + "'");
        }
    }

    private static JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        return "differ at #" + (i + 1) + ": AWS " + expected.subList(i, Math.min(expected.size(), i + 3))
                + " vs sandbox " + actual.subList(i, Math.min(actual.size(), i + 3));
    }

    /** The feature a refusal names, as a skip reason: "unsupported: Map state", "unsupported: JSONata"… */
    static String unsupportedFeature(String message) {
        String feature;
        if (message.contains("DISTRIBUTED Map")) {
            feature = "distributed Map";
        } else if (message.contains("Type 'Parallel'")) {
            feature = "Parallel state";
        } else if (message.contains("QueryLanguage")) {
            feature = "JSONata";
        } else if (message.contains("uses Resource")) {
            feature = "service integration";
        } else if (message.contains("Field '")) {
            int at = message.indexOf("Field '") + 7;
            feature = "field " + message.substring(at, message.indexOf('\'', at));
        } else {
            feature = "refused by the sandbox";
        }
        return "unsupported: " + feature + " (" + message + ")";
    }
}
