package io.switchboard.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `test` runs the repository's testing-language documents against the shipped flows, their Lambdas in the sandbox. */
class TestCommandTest {

    private static final Path TESTS = Path.of("../flows/tests");

    @TempDir
    Path temp;

    @Test
    void vanityDocument_passesAgainstTheSandbox_forTheFlowersCaller() {
        Run run = run("test", TESTS.resolve("vanity.json").toString(), "--flow", "vanity", "--caller", "+18003569377");

        assertThat(run.status).as(run.out + run.err).isZero();
        assertThat(run.out).contains("PASSED  ../flows/tests/vanity.json: 5 of 5 observation(s) passed")
                .contains("hears-flowers: MessageReceived \"FLOWERS\" (Inclusion)")
                .contains("dead air").contains("1 of 1 test(s) passed");
    }

    @Test
    void flowFile_isTestedLikeTheShippedFlow_itsPlaceholdersFilledFromTheSandbox() {
        Run run = run("test", TESTS.resolve("vanity.json").toString(), "--flow", "../flows/vanity.json", "--caller", "+18003569377");

        assertThat(run.status).as(run.out + run.err).isZero();
        assertThat(run.out).startsWith("Testing ../flows/vanity.json for caller +18003569377");
    }

    @Test
    void asyncDemoDocument_passes_theBalanceHeardAfterTheSlowLookup() {
        Run run = run("test", TESTS.resolve("async-demo.json").toString(), "--flow", "async-demo", "--caller", "+447700900123");

        assertThat(run.status).as(run.out + run.err).isZero();
        assertThat(run.out).contains("PASSED  ../flows/tests/async-demo.json").contains("hears-balance");
    }

    @Test
    void asyncNativeDocument_passes_theBalanceLoadedAfterTheAsynchronousLookup() {
        Run run = run("test", TESTS.resolve("async-native.json").toString(), "--flow", "async-native", "--caller", "+447700900123");

        assertThat(run.status).as(run.out + run.err).isZero();
        assertThat(run.out).contains("PASSED  ../flows/tests/async-native.json: 5 of 5 observation(s) passed");
    }

    @Test
    void documentThatFailsOnPurpose_exits1_reportingExpectedVsSeen_inTextAndJUnit() throws Exception {
        Path junit = temp.resolve("report.xml");

        Run run = run("test", TESTS.resolve("fails-on-purpose/vanity-unsaid-prompt.json").toString(), "--flow", "vanity",
                "--caller", "+18003569377", "--junit", junit.toString());

        assertThat(run.status).isEqualTo(1);
        assertThat(run.out).contains("FAILED  ../flows/tests/fails-on-purpose/vanity-unsaid-prompt.json: 1 of 2 observation(s) passed, 1 failed")
                .contains("expected: a prompt like \"Press 1 to speak to an agent.\"")
                .contains("seen:     prompts heard after").contains("\"Thank you for calling. Goodbye.\" at")
                .contains("0 of 1 test(s) passed");
        assertThat(Files.readString(junit)).contains("<testcase classname=\"../flows/tests/fails-on-purpose/vanity-unsaid-prompt.json\" name=\"offers-an-agent\">")
                .contains("<failure type=\"Failed\" message=\"expected a prompt like &quot;Press 1 to speak to an agent.&quot;");
    }

    @Test
    void lambdaMockFile_answersInsteadOfTheSandboxFunction() throws Exception {
        Path mock = temp.resolve("vanity-down.json");
        Files.writeString(mock, "{\"error\": \"Unhandled: dictionary missing\", \"delayMs\": 300}");

        Run run = run("test", TESTS.resolve("vanity.json").toString(), "--flow", "vanity", "--caller", "+18003569377",
                "--lambda", "switchboard-vanity=@" + mock);

        assertThat(run.status).isEqualTo(1);
        assertThat(run.out).contains("FAILED  ../flows/tests/vanity.json").contains("hears-flowers")
                .contains("something went wrong while we looked up your vanity numbers");
    }

    @Test
    void lambdaRouteMatchingNoCall_isReported_withTheFunctionsTheFlowCalled() throws Exception {
        Path mock = temp.resolve("ok.json");
        Files.writeString(mock, "{\"result\": {\"status\": \"OK\"}}");

        Run run = run("test", TESTS.resolve("vanity.json").toString(), "--flow", "vanity", "--caller", "+18003569377",
                "--lambda", "vanity=@" + mock);

        assertThat(run.err).contains("--lambda vanity matched no Lambda call of the flow (functions called: arn:aws:lambda:")
                .contains(":function:switchboard-vanity");
    }

    @Test
    void withoutFlow_orWithAMissingDocument_isAUsageError() {
        Run noFlow = run("test", TESTS.resolve("vanity.json").toString());
        Run missing = run("test", "nosuch.json", "--flow", "vanity");

        assertThat(noFlow.status).isEqualTo(2);
        assertThat(noFlow.err).contains("test needs --flow FLOW");
        assertThat(missing.status).isEqualTo(2);
        assertThat(missing.err).contains("no test document nosuch.json");
    }

    @Test
    void malformedMockFile_isAUsageErrorNamingTheArgument_beforeAnythingBoots() throws Exception {
        Path mock = temp.resolve("both.json");
        Files.writeString(mock, "{\"result\": {}, \"error\": \"x\"}");

        Run run = run("test", TESTS.resolve("vanity.json").toString(), "--flow", "vanity", "--lambda", "vanity=@" + mock);

        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("--lambda vanity=@" + mock + ": a Lambda mock file needs exactly one of \"result\" and \"error\"");
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
