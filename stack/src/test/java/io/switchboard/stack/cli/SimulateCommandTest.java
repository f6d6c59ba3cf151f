package io.switchboard.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** `simulate` plays the shipped flows against a fresh in-memory sandbox, as a caller would hear them. */
class SimulateCommandTest {

    @Test
    void vanityFlow_forTheFlowersNumber_saysFlowers() {
        Run run = run("simulate", "vanity", "--caller", "+18003569377", "--fast");

        assertThat(run.status).isZero();
        assertThat(run.out).contains("Caller hears: \"Your vanity numbers are: 1 8 0 0").contains("flowers")
                .contains("Ending: DISCONNECTED").contains("dead air");
    }

    @Test
    void asyncDemo_readsBackTheBalance() {
        Run run = run("simulate", "async-demo", "--caller", "+447700900123", "--fast");

        assertThat(run.status).isZero();
        assertThat(run.out).contains("sfn_result=SUCCESS").containsPattern("Your balance is £\\d{1,3}(,\\d{3})*\\.\\d{2}\\.");
    }

    @Test
    void asyncDemo_whenTheLookupFails_apologises() {
        Run run = run("simulate", "async-demo", "--caller", "+447700900123", "--fast", "--param", "demo_fail=true");

        assertThat(run.out).contains("sfn_result=FAILURE").doesNotContain("Your balance is");
    }

    @Test
    void asyncDemo_whenTheLookupIsTooSlow_isLoopDoneWithComfortPromptsOnTheWay() {
        Run run = run("simulate", "async-demo", "--caller", "+447700900123", "--fast", "--param", "demo_delay_ms=60000");

        assertThat(run.out).contains("status=LOOP_DONE").contains("taking too long");
        assertThat(run.out.split("still looking up your balance", -1)).hasSize(4);
    }

    @Test
    void missingCaller_isAUsageErrorSayingWhatToAdd() {
        Run run = run("simulate", "vanity");

        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("--caller NUMBER");
    }

    @Test
    void unknownFlow_isAUsageErrorBeforeAnythingBoots() {
        Run run = run("simulate", "nosuch", "--caller", "+18003569377");

        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("no flow 'nosuch'").contains("vanity, async-demo");
        assertThat(run.out).isEmpty();
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = StackCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int status, String out, String err) {
    }
}
