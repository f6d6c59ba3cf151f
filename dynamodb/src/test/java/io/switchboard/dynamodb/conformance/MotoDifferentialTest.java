package io.switchboard.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.dynamodb.DynamoDbServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The differential suite: the same seeded sequences of requests ({@link RandomRequests}) sent to the
 * engine and to moto through real clients, every answer compared. Where they differ, the difference
 * must be explained in {@code conformance/dynamodb-moto-differences.tsv}: moto's (with the recorded AWS
 * answer that shows moto is the one that differs: AWS wins) or a known engine defect. Without moto the
 * suite skips and says so; under {@code CI=true} it fails. {@code -Dswitchboard.differential.sequences=N}
 * runs more sequences (the build runs 20; from 60 on, a row of the list that explains nothing fails the
 * run too); the figure goes to {@code target/dynamodb-differential-report.txt}.
 */
class MotoDifferentialTest {
    private static final int SEQUENCES = Integer.getInteger("switchboard.differential.sequences", 20);
    private static final int LENGTH = Integer.getInteger("switchboard.differential.length", 40);
    /** The run the known-differences list was established on: from this many sequences, every row must show. */
    private static final int FULL_RUN = 60;

    @Test
    void engineAndMotoAnswerSeededSequencesAlike_exceptKnownDifferences() {
        MotoDynamoDb moto = MotoDynamoDb.shared();
        moto.reset();
        List<KnownDifferences.Row> known = KnownDifferences.load();
        Map<KnownDifferences.Row, Integer> explainedBy = new LinkedHashMap<>();
        known.forEach(row -> explainedBy.put(row, 0));
        List<DifferentialSequence.Result> results = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        int steps = 0;
        int disagreements = 0;
        try (DynamoDbServer engine = DynamoDbServer.inMemory().start();
                DynamoDbClient engineClient = Clients.dynamoDb(engine.endpoint());
                DynamoDbClient motoClient = Clients.dynamoDb(moto.endpoint())) {
            for (long seed = 1; seed <= SEQUENCES; seed++) {
                DifferentialSequence.Result result = DifferentialSequence.run(engineClient, motoClient, seed, LENGTH);
                results.add(result);
                steps += result.stepsCompared();
                for (DifferentialSequence.Disagreement disagreement : result.disagreements()) {
                    disagreements++;
                    List<String> open = new ArrayList<>();
                    for (String line : disagreement.lines()) {
                        KnownDifferences.Row row = known.stream().filter(r -> r.explains(disagreement.operation(), disagreement.request(), line)).findFirst().orElse(null);
                        if (row == null) {
                            open.add(line);
                        } else {
                            explainedBy.merge(row, 1, Integer::sum);
                        }
                    }
                    if (!open.isEmpty()) {
                        unexplained.add(new DifferentialSequence.Disagreement(disagreement.seed(), disagreement.step(),
                                disagreement.operation(), disagreement.request(), open).toString());
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>(unexplained);
        List<String> unused = new ArrayList<>();
        explainedBy.forEach((row, count) -> {
            if (count == 0) {
                unused.add(KnownDifferences.FILE + ":" + row.line() + " (" + row.side() + ", " + row.operation() + ", " + row.pattern()
                        + ") explained nothing in this run: remove it, or the engine now answers like moto where AWS does not");
            }
        });
        if (SEQUENCES >= FULL_RUN) {
            problems.addAll(unused);
        } else {
            unused.forEach(row -> System.out.println("(not checked in a run shorter than " + FULL_RUN + " sequences) " + row));
        }
        long cutShort = results.stream().filter(DifferentialSequence.Result::cutShort).count();
        String figure = "Differential suite against moto: " + results.size() + " sequences, " + steps + " requests compared; "
                + disagreements + " disagreements (" + (disagreements - unexplained.size()) + " explained by "
                + KnownDifferences.FILE + ", " + unexplained.size() + " not); " + cutShort + " sequences stopped at a diverging write";
        writeReport(figure, results, explainedBy);
        System.out.println(figure);

        assertThat(problems).as(figure).isEmpty();
    }

    private static void writeReport(String figure, List<DifferentialSequence.Result> results, Map<KnownDifferences.Row, Integer> explainedBy) {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            StringBuilder report = new StringBuilder(figure).append("\n\nKnown differences, and how many difference lines each explained:\n");
            explainedBy.forEach((row, count) -> report.append(count).append('\t').append(row.side()).append('\t')
                    .append(row.operation()).append('\t').append(row.pattern()).append('\n'));
            Map<String, Integer> outcomes = new java.util.TreeMap<>();
            results.forEach(result -> result.outcomes().forEach((k, v) -> outcomes.merge(k, v, Integer::sum)));
            report.append("\nHow the engine answered the requests compared:\n");
            outcomes.forEach((outcome, count) -> report.append(count).append('\t').append(outcome).append('\n'));
            report.append("\nDisagreements:\n");
            results.forEach(result -> result.disagreements().forEach(d -> report.append(d).append('\n')));
            Files.writeString(target.resolve("dynamodb-differential-report.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
