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
    void vanity_whenTwoNumbers_namesEachNumberAboveItsFiveLines() {
        int code = run("vanity", "+18003569377", "(800) 468-5865");

        assertThat(code).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0)).isEqualTo("+18003569377 (English)");
        assertThat(lines.get(1)).isEqualTo("1-800-FLOWERS");
        assertThat(lines.get(6)).isEmpty();
        assertThat(lines.get(7)).isEqualTo("(800) 468-5865 = +18004685865 (English)");
        assertThat(lines.get(8)).isEqualTo("1-800-GOT-JUNK");
        assertThat(err()).isEmpty();
    }

    @Test
    void vanity_whenOneNumberInvalid_printsALabelledBlockSayingWhy_andExitsNonZero() {
        int code = run("vanity", "anonymous", "+18003569377");

        assertThat(code).isEqualTo(VanityCommand.INVALID_NUMBER);
        List<String> lines = out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("anonymous: invalid number");
        assertThat(lines.get(1)).contains("no digits");
        assertThat(lines.get(2)).isEmpty();
        assertThat(lines.get(3)).isEqualTo("+18003569377 (English)");
        assertThat(lines.get(4)).isEqualTo("1-800-FLOWERS");
        assertThat(err()).contains("\"anonymous\"").contains("no digits");
    }

    @Test
    void vanity_withLanguage_spellsInItAndSaysSo() {
        int code = run("vanity", "--language", "de-DE", "+4930104786", "+18003569377");

        assertThat(code).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("+4930104786 (German)");
        assertThat(lines.get(1)).isEqualTo("+49 30 10-GRÜN");
        assertThat(out()).contains("+18003569377 (German)");
    }

    @Test
    void vanity_withoutLanguage_goesByEachNumbersCountry() {
        run("vanity", "+4930123456", "+33142685300", "+18003569377");

        assertThat(out()).contains("+4930123456 (German)", "+49 30 12-FILM", "+33142685300 (French)", "+18003569377 (English)");
    }

    @Test
    void vanity_withWords_ranksTheBusinessWordsFirst() {
        int code = run("vanity", "--words=inod,KLARNO", "+12125104663");

        assertThat(code).isZero();
        assertThat(out().lines().toList().get(1)).isEqualTo("1-212-510-INOD");
    }

    @Test
    void vanity_whenLanguageUnknownOrWordsInvalid_saysWhyAndExitsTwo() {
        assertThat(run("vanity", "--language", "it-IT", "+18003569377")).isEqualTo(2);
        assertThat(err()).contains("no word list for language \"it-IT\"");
        assertThat(run("vanity", "--words", "ACME,3M", "+18003569377")).isEqualTo(2);
        assertThat(err()).contains("--words: \"3M\"");
        assertThat(run("vanity", "+18003569377", "--language")).isEqualTo(2);
        assertThat(err()).contains("--language needs a value");
    }

    @Test
    void vanity_whenJson_printsStatusE164AndScoredCandidates() throws Exception {
        int code = run("vanity", "--json", "(800) 356-9377", "+266696687");

        assertThat(code).isEqualTo(VanityCommand.INVALID_NUMBER);
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("status").asText()).isEqualTo("OK");
        assertThat(json.get(0).get("e164").asText()).isEqualTo("+18003569377");
        assertThat(json.get(0).get("language").asText()).isEqualTo("en-US");
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
        assertThat(out()).contains("+18002001000 (English)").contains("no vanity number for +18002001000");
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
