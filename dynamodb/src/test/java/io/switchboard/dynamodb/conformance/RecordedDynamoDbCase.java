package io.switchboard.dynamodb.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One recorded test translated into data ({@code conformance/dynamodb-recorded-cases.json}): its
 * requests in order, the ones AWS's answers were recorded for naming their snapshot key. Running it
 * sends every request through a real client and gives each recorded key its verdict.
 */
record RecordedDynamoDbCase(String test, List<JsonNode> steps) {
    static final String CASES = "/conformance/dynamodb-recorded-cases.json";
    private static final Pattern BOTOCORE_ERROR =
            Pattern.compile("An error occurred \\((\\w+)\\) when calling the (\\w+) operation: (.*)", Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    record Verdict(String caseId, boolean agrees, String detail) {
    }

    static List<RecordedDynamoDbCase> loadAll() {
        try (InputStream in = RecordedDynamoDbCase.class.getResourceAsStream(CASES)) {
            List<RecordedDynamoDbCase> cases = new ArrayList<>();
            SdkJson.MAPPER.readTree(in).get("tests").fields().forEachRemaining(test -> {
                List<JsonNode> steps = new ArrayList<>();
                test.getValue().forEach(steps::add);
                cases.add(new RecordedDynamoDbCase(test.getKey(), steps));
            });
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case ids this test compares ({@code test#key}). */
    List<String> caseIds() {
        List<String> ids = new ArrayList<>();
        steps.stream().filter(s -> s.has("recorded")).forEach(s -> ids.add(test + "#" + s.get("recorded").asText()));
        return ids;
    }

    /** Runs every step against {@code client}; table names are made unique with {@code prefix}. */
    List<Verdict> run(DynamoDbClient client, RecordedDynamoDbAnswers answers, String prefix) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("table", prefix + "-a");
        variables.put("table2", prefix + "-b");
        List<Verdict> verdicts = new ArrayList<>();
        List<String> setupTrouble = new ArrayList<>();
        for (JsonNode step : steps) {
            String operation = step.get("op").asText();
            JsonNode request = substitute(step.get("request"), variables);
            DynamoDbAnswer answer = DynamoDbAnswer.call(client, operation, request);
            if (step.has("save") && !answer.failed()) {
                step.get("save").fields().forEachRemaining(save -> variables.put(save.getKey(), at(answer.response(), save.getValue().asText())));
            }
            if (!step.has("recorded")) {
                if (answer.failed()) {
                    setupTrouble.add(operation + " failed: " + answer.summary());
                }
                continue;
            }
            String key = step.get("recorded").asText();
            String id = test + "#" + key;
            JsonNode recorded = answers.answer(test, key);
            if (recorded == null) {
                throw new IllegalStateException(CASES + " names " + id + ", which AWS's recording does not hold");
            }
            List<String> differences = differences(recorded, answer, step.path("select").asText(null), operation);
            if (differences.isEmpty()) {
                verdicts.add(new Verdict(id, true, "agrees"));
            } else {
                String before = setupTrouble.isEmpty() ? "" : " (after: " + String.join("; ", setupTrouble) + ")";
                verdicts.add(new Verdict(id, false, operation + ": " + String.join("; ", differences) + before));
            }
        }
        return verdicts;
    }

    private static List<String> differences(JsonNode recorded, DynamoDbAnswer answer, String select, String operation) {
        if (recorded.isTextual()) {
            Matcher error = BOTOCORE_ERROR.matcher(recorded.asText());
            if (!error.matches()) {
                throw new IllegalStateException("recorded text is not an error: " + recorded);
            }
            if (!error.group(2).equals(operation)) {
                throw new IllegalStateException("recorded error of " + error.group(2) + " paired with a " + operation + " request");
            }
            if (!answer.failed()) {
                return List.of("succeeded, AWS failed with " + error.group(1) + ": " + error.group(3) + " (answer: " + answer.summary() + ")");
            }
            List<String> out = new ArrayList<>();
            if (!error.group(1).equals(answer.errorCode())) {
                out.add("error code " + answer.errorCode() + " (AWS: " + error.group(1) + ")");
            }
            if (!RecordedMatch.textMatches(error.group(3), answer.errorMessage())) {
                out.add("message \"" + answer.errorMessage() + "\" (AWS: \"" + error.group(3) + "\")");
            }
            return out;
        }
        ObjectNode expected = ((ObjectNode) recorded).deepCopy();
        expected.remove("ResponseMetadata");
        if (expected.has("Error")) {
            if (!answer.failed()) {
                return List.of("succeeded, AWS failed with " + expected.get("Error") + " (answer: " + answer.summary() + ")");
            }
            ObjectNode actual = answer.errorDetail().deepCopy();
            actual.putObject("Error").put("Code", answer.errorCode()).put("Message", answer.errorMessage());
            if (expected.has("message")) {
                actual.put("message", answer.errorMessage());
            }
            return RecordedMatch.differences(expected, actual);
        }
        if (answer.failed()) {
            return List.of("failed with " + answer.summary());
        }
        JsonNode actual = select == null ? answer.response() : answer.response().path(select);
        return RecordedMatch.differences(select == null ? expected : recorded, actual);
    }

    private static JsonNode substitute(JsonNode request, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(request.toString());
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for ${" + matcher.group(1) + "} in " + request);
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        try {
            return SdkJson.MAPPER.readTree(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String at(JsonNode json, String path) {
        JsonNode node = json;
        for (String member : path.split("\\.")) {
            node = node.path(member);
        }
        return node.asText();
    }
}
