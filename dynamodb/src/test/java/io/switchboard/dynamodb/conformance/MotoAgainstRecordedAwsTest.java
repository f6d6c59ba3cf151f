package io.switchboard.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The evidence behind the known moto differences: every recorded AWS answer a row of
 * {@code dynamodb-moto-differences.tsv} cites exists and is one the conformance suite asks; and the
 * same recorded cases asked of moto, so that where moto and AWS disagree it is on record
 * ({@code target/dynamodb-moto-vs-aws-report.txt}). AWS wins: the engine is held to the recording.
 */
class MotoAgainstRecordedAwsTest {
    private static final Pattern CITED = Pattern.compile("test_\\w+(\\[[A-Z_]+])?#[\\w-]+");

    @Test
    void everyRecordedAnswerCitedAsEvidenceIsAskedByTheConformanceSuite() {
        List<String> asked = RecordedDynamoDbCase.loadAll().stream().flatMap(c -> c.caseIds().stream()).toList();
        List<String> cited = new ArrayList<>();
        for (KnownDifferences.Row row : KnownDifferences.load()) {
            Matcher matcher = CITED.matcher(row.reason());
            while (matcher.find()) {
                cited.add(matcher.group());
            }
        }
        assertThat(cited).isNotEmpty();
        assertThat(asked).as("recorded answers cited in " + KnownDifferences.FILE).containsAll(cited);
    }

    @Test
    void motoAskedTheRecordedCases_itsDisagreementsWithAwsAreOnRecord() {
        MotoDynamoDb moto = MotoDynamoDb.shared();
        moto.reset();
        RecordedDynamoDbAnswers answers = RecordedDynamoDbAnswers.load();
        List<RecordedDynamoDbCase.Verdict> verdicts = new ArrayList<>();
        try (DynamoDbClient client = Clients.dynamoDb(moto.endpoint())) {
            int n = 0;
            for (RecordedDynamoDbCase recorded : RecordedDynamoDbCase.loadAll()) {
                verdicts.addAll(recorded.run(client, answers, "moto-evidence-" + n++));
            }
        }
        long agree = verdicts.stream().filter(RecordedDynamoDbCase.Verdict::agrees).count();
        String figure = "moto asked the " + verdicts.size() + " recorded AWS answers the engine is asked: agrees on " + agree;
        StringBuilder report = new StringBuilder(figure).append("\n\n");
        verdicts.forEach(v -> report.append(v.agrees() ? "AGREES" : "DIFFERS").append('\t').append(v.caseId()).append('\t')
                .append(v.detail()).append('\n'));
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "dynamodb-moto-vs-aws-report.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(figure);
        assertThat(verdicts).extracting(RecordedDynamoDbCase.Verdict::caseId)
                .containsExactlyElementsOf(RecordedDynamoDbCase.loadAll().stream().flatMap(c -> c.caseIds().stream()).toList());
    }
}
