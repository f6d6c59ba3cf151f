package io.switchboard.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `simulate` plays the shipped flows against a fresh in-memory sandbox, as a caller would hear them. */
class SimulateCommandTest {

    @Test
    void vanityFlow_forTheFlowersNumber_saysFlowers() {
        CliRun run = run("simulate", "vanity", "--caller", "+18003569377", "--fast");

        assertThat(run.status).isZero();
        assertThat(run.out).contains("Caller hears: \"Your vanity numbers are: 1 8 0 0").contains("flowers")
                .contains("Ending: DISCONNECTED").contains("dead air");
    }

    @Test
    void asyncDemo_readsBackTheBalance() {
        CliRun run = run("simulate", "async-demo", "--caller", "+447700900123", "--fast");

        assertThat(run.status).isZero();
        assertThat(run.out).contains("sfn_result=SUCCESS").containsPattern("Your balance is £\\d{1,3}(,\\d{3})*\\.\\d{2}\\.");
    }

    @Test
    void asyncDemo_whenTheLookupFails_apologises() {
        CliRun run = run("simulate", "async-demo", "--caller", "+447700900123", "--fast", "--param", "demo_fail=true");

        assertThat(run.out).contains("sfn_result=FAILURE").doesNotContain("Your balance is");
    }

    @Test
    void asyncDemo_whenTheLookupIsTooSlow_isLoopDoneWithComfortPromptsOnTheWay() {
        CliRun run = run("simulate", "async-demo", "--caller", "+447700900123", "--fast", "--param", "demo_delay_ms=60000");

        assertThat(run.out).contains("status=LOOP_DONE").contains("taking too long");
        assertThat(run.out.split("still looking up your balance", -1)).hasSize(4);
    }

    @Test
    void asyncDemo_deadAir_countsEveryPauseBetweenPolls_notOnlyTheWrapperCalls() {
        CliRun run = run("simulate", "async-demo", "--caller", "+447700900123", "--fast", "--param", "demo_delay_ms=60000");

        long pauses = run.out.lines().filter(l -> l.contains("Silence: [pause 2s]")).count();
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("dead air: (\\d+\\.\\d) s").matcher(run.out);
        assertThat(pauses).isGreaterThan(3);
        assertThat(total.find()).isTrue();
        assertThat(Double.parseDouble(total.group(1))).isGreaterThanOrEqualTo(2.0 * pauses);
    }

    @Test
    void missingCaller_isAUsageErrorSayingWhatToAdd() {
        CliRun run = run("simulate", "vanity");

        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("--caller NUMBER");
    }

    @Test
    void unknownFlow_isAUsageErrorBeforeAnythingBoots() {
        CliRun run = run("simulate", "nosuch", "--caller", "+18003569377");

        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("no flow 'nosuch'").contains("vanity, async-demo").contains("or a flow file");
        assertThat(run.out).isEmpty();
    }

    @Test
    void asyncDemo_whenTheLookupFailsAndTheFlowSaysSo_exitsZero_becauseNoActionFailed() {
        CliRun run = run("simulate", "async-demo", "--caller", "+447700900123", "--fast", "--param", "demo_fail=true", "--json");

        assertThat(run.out).contains("\"outcome\" : \"DISCONNECTED\"").contains("\"throughErrorBranch\" : false");
        assertThat(run.status).isZero();
    }

    @Test
    void realFlowFile_withItsLambdaNotRouted_takesTheErrorBranch_exitsOne_withoutBootingTheSandbox(@TempDir Path dir)
            throws Exception {
        Path flow = realFlow("connect-sample__sample_lambda_integration.json");

        CliRun run = run("simulate", flow.toString(), "--caller", "+18003569377", "--json");

        JsonNode summary = new ObjectMapper().readTree(run.out);
        assertThat(summary.path("outcome").asText()).isNotIn("UNSUPPORTED_ACTION", "SIMULATION_ERROR");
        assertThat(summary.path("lambdaCalls").get(0).path("outcome").asText()).isEqualTo("INVOCATION_FAILED");
        assertThat(summary.path("lambdaCalls").get(0).path("detail").asText()).contains("--lambda");
        assertThat(summary.path("throughErrorBranch").asBoolean()).isTrue();
        assertThat(run.status).isEqualTo(1);
        assertThat(run.err).doesNotContain("DynamoDB");
    }

    @Test
    void realFlowFile_withItsLambdaMocked_hearsTheMockedAnswer(@TempDir Path dir) throws Exception {
        Path flow = realFlow("connect-sample__sample_lambda_integration.json");
        String arn = new ObjectMapper().readTree(Files.readString(flow)).findValue("LambdaFunctionARN").asText();
        Path mock = Files.writeString(dir.resolve("mock.json"), "{\"result\": {\"State\": \"Washington\"}}");

        CliRun run = run("simulate", flow.toString(), "--caller", "+18003569377", "--json",
                "--lambda", arn + "=@" + mock);

        JsonNode summary = new ObjectMapper().readTree(run.out);
        assertThat(summary.path("lambdaCalls").get(0).path("outcome").asText()).isEqualTo("OK");
        assertThat(summary.path("heard").toString()).contains("your area code is located in Washington");
        assertThat(summary.path("throughErrorBranch").asBoolean()).isFalse();
        assertThat(run.status).isZero();
    }

    @Test
    void aFileThatIsNotAFlow_isAUsageErrorSayingSo(@TempDir Path dir) throws Exception {
        Path notFlow = Files.writeString(dir.resolve("export.json"), "{\"modules\": [], \"version\": \"1\"}");

        CliRun run = run("simulate", notFlow.toString(), "--caller", "+18003569377");

        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("legacy console export, not Flow Language");
    }

    @Test
    void dtmfThatIsNotKeypadKeys_isAUsageError() {
        CliRun run = run("simulate", "vanity", "--caller", "+18003569377", "--dtmf", "1,abc");

        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("keypad keys");
    }

    private static Path realFlow(String name) {
        Path shared = Path.of(System.getProperty("switchboard.shared", "../shared"));
        Path flow = shared.resolve("connect-flows").resolve(name);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(flow) || "true".equalsIgnoreCase(System.getenv("CI")),
                "../shared/connect-flows not found: real-flow test skipped");
        return flow;
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

}
