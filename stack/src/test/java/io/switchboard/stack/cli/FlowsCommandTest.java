package io.switchboard.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `flows validate` on the real flows in ../shared/connect-flows and on broken copies of them. */
class FlowsCommandTest {

    @TempDir
    Path dir;

    /** ../shared/connect-flows (the build passes ../shared as switchboard.shared); required under CI=true. */
    private static Path realFlows() {
        String shared = System.getProperty("switchboard.shared", "../shared");
        Path folder = Path.of(shared, "connect-flows");
        if (!Files.isDirectory(folder)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(folder + " not found: CI must provide the shared material");
            }
            Assumptions.abort(folder + " not found: real-flow tests skipped");
        }
        return folder;
    }

    @Test
    void theRealFlowsFolder_hasNoErrorAndExitsZero() throws Exception {
        long flows;
        try (var files = Files.list(realFlows())) {
            flows = files.filter(f -> f.toString().endsWith(".json")).count();
        }

        CliRun run = run("flows", "validate", realFlows().toString());

        assertThat(run.status).isZero();
        assertThat(run.out).doesNotContain(": ERROR ");
        assertThat(run.out.lines().reduce((a, b) -> b)).hasValueSatisfying(summary ->
                assertThat(summary).startsWith(flows + " files, 0 errors, "));
    }

    @Test
    void aMisspelledType_isAnErrorLineSayingWhatWasMeant_andExitsOne() throws Exception {
        Path real = realFlows().resolve("seed-async-wrapper__Sample-Async-Lambda.json");
        String text = Files.readString(real);
        Path broken = Files.writeString(dir.resolve("broken.json"),
                text.replaceFirst("\"Type\": ?\"MessageParticipant\"", "\"Type\": \"MessageParticipnat\""));

        CliRun run = run("flows", "validate", broken.toString(), real.toString());

        assertThat(run.status).isEqualTo(1);
        assertThat(run.out.lines().filter(l -> l.contains(": ERROR "))).singleElement().asString()
                .startsWith(broken + ": ERROR ")
                .contains("unknown action type MessageParticipnat; did you mean MessageParticipant?")
                .contains("(https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-actions.html)");
        assertThat(run.out).contains("2 files, 1 error, ");
    }

    @Test
    void aLegacyExport_isOneDocumentLevelErrorLine() throws Exception {
        Path legacy = Files.writeString(dir.resolve("legacy.json"),
                "{\"modules\": [], \"version\": \"1\", \"metadata\": {\"name\": \"Old\", \"type\": \"contactFlow\"}}");

        CliRun run = run("flows", "validate", legacy.toString());

        assertThat(run.status).isEqualTo(1);
        assertThat(run.out.lines()).containsExactly(
                legacy + ": ERROR -: a legacy console export, not Flow Language: open it in the flow designer, publish it, "
                        + "and export it again (or save the Content of aws connect describe-contact-flow)",
                "1 file, 1 error, 0 warnings");
    }

    @Test
    void json_countsWhatTheLinesSay() throws Exception {
        CliRun lines = run("flows", "validate", realFlows().toString());
        CliRun json = run("flows", "validate", "--json", realFlows().toString());

        JsonNode report = new ObjectMapper().readTree(json.out);
        long warningLines = lines.out.lines().filter(l -> l.contains(": WARNING ")).count();

        assertThat(json.status).isZero();
        assertThat(report.path("summary").path("errors").asLong()).isZero();
        assertThat(report.path("summary").path("warnings").asLong()).isEqualTo(warningLines);
        assertThat(report.path("files")).allSatisfy(f -> assertThat(f.path("file").asText()).endsWith(".json"));
        assertThat(report.path("files").findValues("findings").stream().flatMap(f -> toList(f).stream()))
                .allSatisfy(f -> assertThat(f.path("documentation").asText()).startsWith("https://docs.aws.amazon.com/"));
    }

    @Test
    void noArguments_orAMissingFile_isAUsageError() {
        CliRun none = run("flows", "validate");
        CliRun missing = run("flows", "validate", dir.resolve("nope.json").toString());

        assertThat(none.status).isEqualTo(2);
        assertThat(none.err).contains("at least one FILE or DIR");
        assertThat(missing.status).isEqualTo(2);
        assertThat(missing.err).contains("no such file or folder: " + dir.resolve("nope.json"));
        assertThat(missing.out).isEmpty();
    }

    private static java.util.List<JsonNode> toList(JsonNode array) {
        return Arrays.asList(new ObjectMapper().convertValue(array, JsonNode[].class));
    }

    @Test
    void aFolderWithFlowsAndTheirTestCases_validatesTheFlowsOnly(@TempDir Path dir) throws Exception {
        Path repoFlows = Path.of("..", "flows");
        Files.copy(repoFlows.resolve("vanity.json"), dir.resolve("vanity.json"));
        Files.copy(repoFlows.resolve("async-native.json"), dir.resolve("async-native.json"));
        Files.createDirectories(dir.resolve("tests"));
        Files.copy(repoFlows.resolve("tests").resolve("vanity.json"), dir.resolve("tests").resolve("vanity.json"));

        CliRun run = run("flows", "validate", dir.toString());

        assertThat(run.status).isZero();
        assertThat(run.out).contains("async-native.json: WARNING").doesNotContain("tests" + java.io.File.separator)
                .contains("2 files, 0 errors");
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

}
