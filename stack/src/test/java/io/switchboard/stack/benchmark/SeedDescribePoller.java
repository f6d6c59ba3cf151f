package io.switchboard.stack.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;

/**
 * The seed's poll, for comparison only: every call asks Step Functions with {@code DescribeExecution}
 * and maps the status (RUNNING → {@code RUNNING} with an empty {@code sfn_result}; SUCCEEDED →
 * {@code FINISHED}/{@code SUCCESS} with the output's top-level fields; FAILED, TIMED_OUT, ABORTED →
 * {@code FINISHED}/{@code FAILURE}; past {@code count_max} → {@code LOOP_DONE}). Not our design: see
 * docs/decisions/0003-async-results-table.md.
 */
final class SeedDescribePoller {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SfnClient stepFunctions;

    SeedDescribePoller(SfnClient stepFunctions) {
        this.stepFunctions = stepFunctions;
    }

    Map<String, String> poll(String executionArn, int count, int countMax, int countComfort) {
        int next = count + 1;
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("execution_id", executionArn);
        answer.put("count_max", Integer.toString(countMax));
        answer.put("count_comfort", Integer.toString(countComfort));
        if (next > countMax) {
            answer.put("status", "LOOP_DONE");
            answer.put("sfn_result", "FAILURE");
            answer.put("count", "DONE");
            return answer;
        }
        answer.put("count", Integer.toString(next));
        answer.put("comfort", Boolean.toString(countComfort > 0 && next % countComfort == 0));
        DescribeExecutionResponse execution = stepFunctions.describeExecution(b -> b.executionArn(executionArn));
        switch (execution.statusAsString()) {
            case "SUCCEEDED" -> {
                answer.put("status", "FINISHED");
                answer.put("sfn_result", "SUCCESS");
                topLevelFields(execution.output()).forEach(answer::putIfAbsent);
            }
            case "FAILED", "TIMED_OUT", "ABORTED" -> {
                answer.put("status", "FINISHED");
                answer.put("sfn_result", "FAILURE");
            }
            default -> {
                answer.put("status", "RUNNING");
                answer.put("sfn_result", "");
            }
        }
        return answer;
    }

    private static Map<String, String> topLevelFields(String outputJson) {
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            JsonNode output = JSON.readTree(outputJson == null ? "{}" : outputJson);
            output.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().isTextual()
                    ? f.getValue().asText() : f.getValue().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields;
    }
}
