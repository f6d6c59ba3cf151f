package io.switchboard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.testing.LogsWire;
import io.switchboard.desktop.testing.UnsavedCalls;
import io.switchboard.desktop.testing.UnsavedCalls.Logged;
import io.switchboard.stack.testing.CloudFormationWire;
import io.switchboard.stack.testing.LoopbackAwsStub;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code switchboard recover-calls}: usage errors, and a whole run against CloudFormation and Logs stubs plus the sandbox's DynamoDB engine. */
class RecoverCallsCommandTest {
    private final Instant now = Instant.now();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private LoopbackAwsStub aws;

    @TempDir
    Path home;

    @BeforeEach
    void stub() throws Exception {
        aws = new LoopbackAwsStub(LoopbackAwsStub.BY_ACTION_OR_PATH);
    }

    @AfterEach
    void close() {
        aws.close();
    }

    @Test
    void noArguments_isAUsageErrorNamingTheMissingProfile() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).startsWith("switchboard recover-calls: --profile is required")
                .contains("Usage: switchboard recover-calls --profile NAME --region REGION [--stack NAME] [--days N]");
    }

    @Test
    void badValues_areUsageErrorsThatSayWhatToType() {
        assertThat(run("--profile", "dev")).isEqualTo(2);
        assertThat(err()).startsWith("switchboard recover-calls: --region is required");
        assertThat(run("--profile", "dev", "--region", "mars-north-1")).isEqualTo(2);
        assertThat(err()).startsWith("switchboard recover-calls: 'mars-north-1' is not an AWS region");
        assertThat(run("--profile", "dev", "--region", "eu-west-1", "--days", "forever")).isEqualTo(2);
        assertThat(err()).startsWith("switchboard recover-calls: --days must be a whole number of days from 1 to 3653, not 'forever'");
        assertThat(run("--profile", "dev", "--region", "eu-west-1", "--days")).isEqualTo(2);
        assertThat(err()).startsWith("switchboard recover-calls: --days needs a value");
        assertThat(run("--profile", "dev", "--region", "eu-west-1", "--since", "monday")).isEqualTo(2);
        assertThat(err()).startsWith("switchboard recover-calls: unknown option '--since'");
        assertThat(aws.received()).isEmpty();
    }

    @Test
    void help_printsTheUsageAndSucceeds() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: switchboard recover-calls");
    }

    @Test
    void run_recoversTheUnsavedCalls_andASecondRunReportsThemAlreadyInTheCallLog() {
        Logged call = UnsavedCalls.answeredButNotRecorded(UUID.randomUUID().toString(), "+18003569377", now.minus(Duration.ofDays(2)));
        aws.on("DescribeStacks", CloudFormationWire.stack("UPDATE_COMPLETE", Map.of(), LogsWire.outputs()));
        aws.on(LogsWire.FILTER_LOG_EVENTS, LogsWire.page(null, LogsWire.event("e1", call.at(), call.line())));

        assertThat(run("--profile", "dev", "--region", "eu-west-1")).isZero();
        assertThat(out()).isEqualTo("Unsaved calls in the last 30 days of /aws/lambda/switchboard-vanity: "
                + "1 found · 1 recovered · 0 already in the call log · 0 unreadable.\n");
        assertThat(err()).startsWith("Searching /aws/lambda/switchboard-vanity for the last 30 days…");

        assertThat(run("--profile", "dev", "--region", "eu-west-1", "--days", "7")).isZero();
        assertThat(out()).contains("last 7 days").contains("1 found · 0 recovered · 1 already in the call log · 0 unreadable");
        assertThat(LogsWire.body(aws.received(LogsWire.FILTER_LOG_EVENTS).get(1)).path("startTime").asLong())
                .isEqualTo(now.minus(Duration.ofDays(7)).toEpochMilli());
    }

    @Test
    void run_whenTheStackIsNotThere_saysWhereItLookedAndFails() {
        aws.on("DescribeStacks", CloudFormationWire.stackDoesNotExist());

        assertThat(run("--profile", "dev", "--region", "eu-west-1", "--stack", "callcentre")).isEqualTo(1);
        assertThat(err()).isEqualTo("switchboard recover-calls: stack 'callcentre' was not found in eu-west-1 (profile dev): "
                + "check the region, or name the stack with --stack.\n");
        assertThat(aws.received().get(0).form()).containsEntry("StackName", "callcentre");
    }

    @Test
    void run_whenTheLogGroupIsMissing_failsWithTheReasonInWords() {
        aws.on("DescribeStacks", CloudFormationWire.stack("CREATE_COMPLETE", Map.of(), LogsWire.outputs()));
        aws.on(LogsWire.FILTER_LOG_EVENTS, LogsWire.logGroupNotFound());

        assertThat(run("--profile", "dev", "--region", "eu-west-1")).isEqualTo(1);
        assertThat(err()).contains("switchboard recover-calls: The log group /aws/lambda/switchboard-vanity does not exist in "
                + "region eu-west-1: is the stack deployed in this region?").doesNotContain("Exception");
    }

    @Test
    void run_whenAwsRejectsTheKeys_saysToCheckThemNotAStackTrace() {
        aws.on("DescribeStacks", CloudFormationWire.error("InvalidClientTokenId", "The security token included in the request is invalid."));

        assertThat(run("--profile", "dev", "--region", "eu-west-1")).isEqualTo(1);
        assertThat(err()).startsWith("switchboard recover-calls: AWS does not accept the keys of profile dev").doesNotContain("at software.");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new RecoverCallsCommand((profile, region) -> LogsWire.target(aws, home), Clock.fixed(now, ZoneOffset.UTC))
                .run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
