package io.switchboard.dynamodb.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers real DynamoDB gave to LocalStack's DynamoDB tests ({@code test_dynamodb.snapshot.json}
 * in {@code ../shared/reference/dynamodb-aws-recorded}, Apache-2.0, github.com/localstack/localstack
 * at 8b9a79f0). A <em>case</em> is one recorded answer: {@code test_name#key}; a test that recorded
 * nothing is one case named after the test.
 */
final class RecordedDynamoDbAnswers {
    private static final String PREFIX = "tests/aws/services/dynamodb/test_dynamodb.py::TestDynamoDB::";

    private final Map<String, JsonNode> byTest;

    private RecordedDynamoDbAnswers(Map<String, JsonNode> byTest) {
        this.byTest = byTest;
    }

    static RecordedDynamoDbAnswers load() {
        return load(SharedReference.dynamoDbRecorded().resolve("test_dynamodb.snapshot.json"));
    }

    static RecordedDynamoDbAnswers load(Path snapshot) {
        try {
            Map<String, JsonNode> byTest = new LinkedHashMap<>();
            SdkJson.MAPPER.readTree(snapshot.toFile()).fields().forEachRemaining(entry -> {
                if (!entry.getKey().startsWith(PREFIX)) {
                    throw new IllegalStateException("unexpected snapshot entry " + entry.getKey());
                }
                byTest.put(entry.getKey().substring(PREFIX.length()), entry.getValue().get("recorded-content"));
            });
            return new RecordedDynamoDbAnswers(byTest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every case id, in the recording's order. */
    List<String> caseIds() {
        List<String> ids = new ArrayList<>();
        byTest.forEach((test, content) -> {
            if (content.isEmpty()) {
                ids.add(test);
            } else {
                content.fieldNames().forEachRemaining(key -> ids.add(test + "#" + key));
            }
        });
        return ids;
    }

    /** What AWS answered under {@code key} in {@code test}, or null when it recorded no such answer. */
    JsonNode answer(String test, String key) {
        JsonNode content = byTest.get(test);
        return content == null ? null : content.get(key);
    }
}
