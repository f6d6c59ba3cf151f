package io.switchboard.lambdas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwitchboardLambdasCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new SwitchboardLambdasCli(SwitchboardLambdasCli.commands()).run(List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void vanity_whenTwoNumbers_printsFiveLinesEachSeparatedByBlankLine() {
        int code = run("vanity", "+18003569377", "+18004685865");

        assertThat(code).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(11);
        assertThat(lines.get(0)).isEqualTo("1-800-FLOWERS");
        assertThat(lines.get(5)).isEmpty();
        assertThat(lines.get(6)).isEqualTo("1-800-GOT-JUNK");
        assertThat(err()).isEmpty();
    }

    @Test
    void vanity_whenOneNumberInvalid_printsValidOnesAndExitsNonZero() {
        int code = run("vanity", "anonymous", "+18003569377");

        assertThat(code).isEqualTo(VanityCommand.INVALID_NUMBER);
        assertThat(out().lines().findFirst()).contains("1-800-FLOWERS");
        assertThat(err()).contains("\"anonymous\"").contains("no digits");
    }

    @Test
    void vanity_whenJson_printsStatusE164AndScoredCandidates() throws Exception {
        int code = run("vanity", "--json", "(800) 356-9377", "+266696687");

        assertThat(code).isEqualTo(VanityCommand.INVALID_NUMBER);
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("status").asText()).isEqualTo("OK");
        assertThat(json.get(0).get("e164").asText()).isEqualTo("+18003569377");
        JsonNode best = json.get(0).get("candidates").get(0);
        assertThat(best.get("display").asText()).isEqualTo("1-800-FLOWERS");
        assertThat(best.get("score").isNumber()).isTrue();
        assertThat(best.get("explanation").asText()).contains("FLOWERS");
        assertThat(json.get(1).get("status").asText()).isEqualTo("INVALID_NUMBER");
    }

    @Test
    void vanity_whenNoNumberHasVanity_saysSoAndExitsZero() {
        int code = run("vanity", "+18002001000");

        assertThat(code).isZero();
        assertThat(out()).contains("no vanity number for +18002001000");
    }

    @Test
    void run_whenNoArguments_printsUsageAndExitsTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("usage:").contains("vanity");
        assertThat(out()).isEmpty();
    }

    @Test
    void run_whenHelp_printsUsageAndExitsTwo() {
        assertThat(run("--help")).isEqualTo(2);
        assertThat(err()).contains("usage:");
    }

    @Test
    void run_whenUnknownCommand_namesItAndExitsTwo() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown command: frobnicate").contains("usage:");
    }

    @Test
    void vanity_whenNoNumbersOrUnknownOption_exitsTwo() {
        assertThat(run("vanity")).isEqualTo(2);
        assertThat(run("vanity", "--fast", "+18003569377")).isEqualTo(2);
        assertThat(err()).contains("unknown option --fast");
    }
}
