package io.switchboard.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.dynamodb.DynamoDbServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Conformance with AWS's recorded answers: every answer real DynamoDB gave to LocalStack's DynamoDB
 * tests ({@code ../shared/reference/dynamodb-aws-recorded}, Apache-2.0, github.com/localstack/localstack
 * at 8b9a79f0) is either asked again of the engine through a real DynamoDbClient and compared
 * ({@code conformance/dynamodb-recorded-cases.json} holds the requests, translated from the test code),
 * or listed in {@code dynamodb-conformance-skips.tsv} with the reason it is not. A case listed as
 * {@code differs} runs and is expected to disagree; when it starts agreeing, the list must shrink. The
 * figure goes to {@code target/dynamodb-conformance-report.txt}.
 */
class RecordedAwsConformanceTest {
    static final String SKIPS = "/conformance/dynamodb-conformance-skips.tsv";

    record Listed(String kind, String reason) {
    }

    @Test
    void everyRecordedAnswerIsAskedAgainAndAgrees_orIsListedWithItsReason() {
        RecordedDynamoDbAnswers answers = RecordedDynamoDbAnswers.load();
        List<RecordedDynamoDbCase> cases = RecordedDynamoDbCase.loadAll();
        Map<String, Listed> listed = readSkips();
        List<String> recordedIds = answers.caseIds();

        List<RecordedDynamoDbCase.Verdict> verdicts = new ArrayList<>();
        try (DynamoDbServer engine = DynamoDbServer.inMemory().start(); DynamoDbClient client = Clients.dynamoDb(engine.endpoint())) {
            int n = 0;
            for (RecordedDynamoDbCase recorded : cases) {
                verdicts.addAll(recorded.run(client, answers, "conformance-" + n++));
            }
        }

        List<String> problems = new ArrayList<>();
        List<String> proposed = new ArrayList<>();
        Set<String> run = new LinkedHashSet<>();
        int agree = 0;
        int knownDifferences = 0;
        for (RecordedDynamoDbCase.Verdict verdict : verdicts) {
            run.add(verdict.caseId());
            Listed entry = listed.get(verdict.caseId());
            if (entry != null && entry.kind().equals("skip")) {
                problems.add(verdict.caseId() + " is listed as skipped but " + RecordedDynamoDbCase.CASES + " runs it");
            } else if (verdict.agrees()) {
                agree++;
                if (entry != null) {
                    problems.add(verdict.caseId() + " is listed as differing but now agrees with AWS: remove it from " + SKIPS);
                }
            } else if (entry != null) {
                knownDifferences++;
            } else {
                problems.add(verdict.caseId() + " disagrees with AWS: " + verdict.detail());
                proposed.add(verdict.caseId() + "\tdiffers\tengine defect: " + verdict.detail());
            }
        }
        Map<String, Integer> skippedByReason = new TreeMap<>();
        for (String id : recordedIds) {
            Listed entry = listed.get(id);
            if (run.contains(id)) {
                continue;
            }
            if (entry == null || !entry.kind().equals("skip")) {
                problems.add(id + " is neither run nor listed as skipped");
                proposed.add(id + "\tskip\t?");
            } else {
                skippedByReason.merge(category(entry.reason()), 1, Integer::sum);
            }
        }
        for (String id : listed.keySet()) {
            if (!recordedIds.contains(id)) {
                problems.add(id + " is listed in " + SKIPS + " but AWS recorded no such answer");
            }
        }
        int skipped = skippedByReason.values().stream().mapToInt(Integer::intValue).sum();
        String figure = "Recorded AWS DynamoDB answers: " + recordedIds.size() + "; run " + run.size() + ", agree " + agree
                + " (known differences " + knownDifferences + "); skipped " + skipped + " — by reason: " + skippedByReason;
        writeReport(figure, verdicts, proposed);
        System.out.println(figure);

        assertThat(problems).as(figure + "\n(proposed list entries: target/dynamodb-conformance-proposed.tsv)").isEmpty();
    }

    /** "unsupported: PartiQL (ExecuteStatement)" → "unsupported: PartiQL". */
    static String category(String reason) {
        int detail = reason.indexOf(" (");
        return detail < 0 ? reason : reason.substring(0, detail);
    }

    static Map<String, Listed> readSkips() {
        Map<String, Listed> listed = new LinkedHashMap<>();
        try (InputStream in = RecordedAwsConformanceTest.class.getResourceAsStream(SKIPS)) {
            if (in == null) {
                throw new IllegalStateException(SKIPS + " is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 3);
                if (columns.length != 3 || !(columns[1].equals("skip") || columns[1].equals("differs"))) {
                    throw new IllegalStateException(SKIPS + ": expected 'case id<TAB>skip|differs<TAB>reason': " + line);
                }
                if (listed.put(columns[0], new Listed(columns[1], columns[2])) != null) {
                    throw new IllegalStateException(SKIPS + " lists " + columns[0] + " twice");
                }
            }
            return listed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeReport(String figure, List<RecordedDynamoDbCase.Verdict> verdicts, List<String> proposed) {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            StringBuilder report = new StringBuilder(figure).append("\n\n");
            for (RecordedDynamoDbCase.Verdict verdict : verdicts) {
                report.append(verdict.agrees() ? "AGREES" : "DIFFERS").append('\t').append(verdict.caseId()).append('\t')
                        .append(verdict.detail()).append('\n');
            }
            Files.writeString(target.resolve("dynamodb-conformance-report.txt"), report);
            Files.writeString(target.resolve("dynamodb-conformance-proposed.tsv"), String.join("\n", proposed) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
