package io.switchboard.stack.sandbox.stepfunctions.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.stack.sandbox.asl.TaskResources;
import io.switchboard.stack.sandbox.stepfunctions.StepFunctionsSandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Conformance with AWS's recorded answers: every execution history in
 * {@code ../shared/reference/sfn-aws-recorded} (LocalStack's Step Functions tests with the answers
 * real AWS gave, Apache-2.0, github.com/localstack/localstack at 8b9a79f0) is either run against the
 * sandbox through a real SfnClient and compared with AWS, or listed in
 * {@code sfn-conformance-skips.tsv} with the reason it is not. A case listed as {@code differs} runs
 * and is expected to disagree (a known difference, with its reason); when it starts agreeing, the
 * list must shrink. The figure is written to {@code target/sfn-conformance-report.txt}.
 */
class RecordedAwsConformanceTest {
    private static final String SKIPS = "/sfn-conformance-skips.tsv";
    private static final int PARALLEL_RUNS = 4;

    private record Listed(String kind, String reason) {
    }

    @Test
    void everyRecordedCaseRunsAndAgreesWithAws_orIsListedWithItsReason() throws Exception {
        RecordedAnswers answers = RecordedAnswers.load();
        List<RecordedCase> cases = answers.cases();
        Map<String, Listed> listed = readSkips();

        List<String> problems = new ArrayList<>();
        List<String> proposed = new ArrayList<>();
        Map<String, Integer> skippedByReason = new TreeMap<>();
        List<RecordedCaseRun.Result> results = runAll(cases, listed);
        int agree = 0;
        int run = 0;
        int knownDifferences = 0;
        Map<String, RecordedCase> byId = new LinkedHashMap<>();
        cases.forEach(c -> byId.put(c.id(), c));
        for (RecordedCase recorded : cases) {
            Listed entry = listed.get(recorded.id());
            if (entry != null && entry.kind().equals("skip")) {
                skippedByReason.merge(category(entry.reason()), 1, Integer::sum);
                continue;
            }
            if (!recorded.paired()) {
                problems.add(recorded.id() + " is neither run nor listed: " + recorded.unpairedReason());
                proposed.add(recorded.id() + "\tskip\t" + recorded.unpairedReason());
            }
        }
        for (RecordedCaseRun.Result result : results) {
            String id = result.recorded().id();
            Listed entry = listed.get(id);
            switch (result.verdict()) {
                case REFUSED -> {
                    problems.add(id + " is neither run nor listed: " + result.detail());
                    proposed.add(id + "\tskip\t" + result.detail());
                }
                case AGREES -> {
                    run++;
                    agree++;
                    if (entry != null) {
                        problems.add(id + " is listed as differing but now agrees with AWS: remove it from " + SKIPS);
                    }
                }
                case DIFFERS -> {
                    run++;
                    if (entry != null) {
                        knownDifferences++;
                    } else {
                        problems.add(id + " disagrees with AWS: " + result.detail());
                        proposed.add(id + "\tdiffers\t" + result.detail());
                    }
                }
            }
        }
        for (String id : listed.keySet()) {
            if (!byId.containsKey(id)) {
                problems.add(id + " is listed in " + SKIPS + " but is not a recorded case");
            }
        }
        int skipped = skippedByReason.values().stream().mapToInt(Integer::intValue).sum();
        String figure = "Recorded AWS executions: " + cases.size() + "; run " + run + ", agree " + agree
                + " (known differences " + knownDifferences + "); skipped " + skipped + " — by reason: " + skippedByReason;
        writeReport(figure, results, proposed);
        System.out.println(figure);

        assertThat(problems).as(figure + "\n(proposed list entries: target/sfn-conformance-proposed.tsv)").isEmpty();
    }

    private static List<RecordedCaseRun.Result> runAll(List<RecordedCase> cases, Map<String, Listed> listed) throws Exception {
        StepFunctionsSandbox sandbox = new StepFunctionsSandbox(StepFunctionsSandbox.Settings.defaults().withDelayScale(0.001),
                new TaskResources(List.of())).start();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_RUNS);
        try (sandbox; SfnClient sfn = SfnClient.builder().endpointOverride(sandbox.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("conformance", "conformance")))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            List<Future<RecordedCaseRun.Result>> futures = new ArrayList<>();
            int index = 0;
            for (RecordedCase recorded : cases) {
                Listed entry = listed.get(recorded.id());
                if (recorded.paired() && (entry == null || entry.kind().equals("differs"))) {
                    String name = "case-" + index++;
                    futures.add(pool.submit(() -> RecordedCaseRun.run(sfn, recorded, name)));
                }
            }
            List<RecordedCaseRun.Result> results = new ArrayList<>();
            for (Future<RecordedCaseRun.Result> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    throw new AssertionError("a recorded case could not be run", e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** "unsupported: Map state (…)" → "unsupported: Map state"; the detail in parentheses is per case. */
    private static String category(String reason) {
        int detail = reason.indexOf(" (");
        return detail < 0 ? reason : reason.substring(0, detail);
    }

    private static Map<String, Listed> readSkips() throws IOException {
        Map<String, Listed> listed = new LinkedHashMap<>();
        try (InputStream in = RecordedAwsConformanceTest.class.getResourceAsStream(SKIPS)) {
            if (in == null) {
                return listed;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 3);
                if (columns.length != 3 || !(columns[1].equals("skip") || columns[1].equals("differs"))) {
                    throw new IllegalStateException(SKIPS + ": expected 'case id<TAB>skip|differs<TAB>reason': " + line);
                }
                listed.put(columns[0], new Listed(columns[1], columns[2]));
            }
        }
        return listed;
    }

    private static void writeReport(String figure, List<RecordedCaseRun.Result> results, List<String> proposed) {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            StringBuilder report = new StringBuilder(figure).append("\n\n");
            for (RecordedCaseRun.Result result : results) {
                report.append(result.verdict()).append('\t').append(result.recorded().id()).append('\t')
                        .append(result.detail()).append('\n');
            }
            Files.writeString(target.resolve("sfn-conformance-report.txt"), report);
            Files.writeString(target.resolve("sfn-conformance-proposed.tsv"), String.join("\n", proposed) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
