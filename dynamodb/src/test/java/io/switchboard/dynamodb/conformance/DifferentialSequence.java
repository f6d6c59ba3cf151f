package io.switchboard.dynamodb.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One seeded sequence sent to the engine and to moto, step by step, through real clients; every
 * answer compared. After a write that succeeded on one side and failed on the other, the two tables no
 * longer hold the same items, so the sequence stops there (and says so).
 */
final class DifferentialSequence {
    private static final Set<String> READS = Set.of("GetItem", "Query", "Scan", "BatchGetItem", "TransactGetItems");

    record Disagreement(long seed, int step, String operation, String request, List<String> lines) {
        @Override
        public String toString() {
            return "seed " + seed + " step " + step + " " + operation + " " + request + "\n    " + String.join("\n    ", lines);
        }
    }

    /** {@code outcomes}: how the engine answered, e.g. "UpdateItem ConditionalCheckFailedException" → 3. */
    record Result(long seed, int stepsCompared, int stepsPlanned, List<Disagreement> disagreements, Map<String, Integer> outcomes) {
        boolean cutShort() {
            return stepsCompared < stepsPlanned;
        }
    }

    private DifferentialSequence() {
    }

    static Result run(DynamoDbClient engine, DynamoDbClient moto, long seed, int length) {
        String table = "differential-" + seed;
        RandomRequests requests = new RandomRequests(seed, table);
        var create = requests.createTable();
        for (DynamoDbClient client : List.of(engine, moto)) {
            DynamoDbAnswer created = DynamoDbAnswer.call(client, "CreateTable", create);
            if (created.failed()) {
                throw new IllegalStateException((client == engine ? "engine" : "moto") + " refused the table: " + created.summary());
            }
        }
        List<RandomRequests.Step> steps = requests.sequence(length);
        List<Disagreement> disagreements = new ArrayList<>();
        int compared = 0;
        Map<String, Integer> outcomes = new TreeMap<>();
        for (RandomRequests.Step step : steps) {
            JsonNode engineAnswer = ComparableAnswer.of(engine, step);
            JsonNode motoAnswer = ComparableAnswer.of(moto, step);
            compared++;
            outcomes.merge(step.operation() + " " + outcome(engineAnswer), 1, Integer::sum);
            List<String> lines = JsonDifferences.between(engineAnswer, motoAnswer);
            if (lines.isEmpty()) {
                continue;
            }
            disagreements.add(new Disagreement(seed, compared, step.operation(), step.request().toString(), lines));
            boolean outcomesDiffer = engineAnswer.has("Error") != motoAnswer.has("Error");
            if (!READS.contains(step.operation()) && outcomesDiffer) {
                break;
            }
        }
        return new Result(seed, compared, steps.size(), disagreements, outcomes);
    }

    private static String outcome(JsonNode answer) {
        JsonNode error = answer.has("Pages") && !answer.get("Pages").isEmpty() ? answer.get("Pages").get(0).get("Error") : answer.get("Error");
        return error == null ? "ok" : error.get("Code").asText();
    }
}
