package io.switchboard.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.desktop.aws.AwsProblems;
import io.switchboard.desktop.aws.ClientCache;
import io.switchboard.desktop.aws.ConnectionTarget;
import io.switchboard.desktop.connection.CallPlayer;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.Progress;
import io.switchboard.desktop.testing.AwsWire;
import io.switchboard.desktop.testing.LogsWire;
import io.switchboard.desktop.testing.MotoWire;
import io.switchboard.desktop.testing.UnsavedCalls;
import io.switchboard.desktop.testing.UnsavedCalls.Logged;
import io.switchboard.lambdas.calllog.CallRecord;
import io.switchboard.stack.testing.MotoServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;

/**
 * Recovery against moto's CloudWatch Logs (a second opinion beside {@link UnsavedCallsRecoveryWireTest}'s
 * stub): the vanity code's real "call not recorded" lines are put into moto with PutLogEvents, found by
 * our FilterLogEvents search and written into the sandbox's call log.
 *
 * <p>Known moto difference: moto 5.2.1 does not evaluate JSON filter patterns ({@code { $.message = … }});
 * it returns every event of the window, where CloudWatch Logs returns only the matching ones. The log
 * group here therefore holds only "call not recorded" lines; filtering is held to the stub's test.
 */
class MotoUnsavedCallsRecoveryTest {
    private static final String STREAM = "2026/11/21/[7]0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @TempDir
    Path home;

    private MotoServer moto;
    private CloudWatchLogsClient logs;
    private Session session;
    private UnsavedCallsRecovery recovery;

    @BeforeEach
    void setUp() {
        moto = MotoServer.shared();
        moto.reset();
        logs = CloudWatchLogsClient.builder().endpointOverride(moto.endpoint()).region(Region.of(AwsWire.REGION))
                .credentialsProvider(MotoServer.CREDENTIALS).httpClient(UrlConnectionHttpClient.create()).build();
        ConnectionTarget target = MotoWire.target(moto, AwsWire.REGION, home);
        session = new Session(target, "dev · " + AwsWire.REGION, LogsWire.outputs(), new ClientCache(target), CallPlayer.NONE);
        recovery = UnsavedCallsRecovery.on(session).orElseThrow();
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
            logs.close();
        }
    }

    @Test
    void recover_writesEveryLoggedCallOnce_andASecondRunFindsThemAlreadyThere() {
        List<Logged> calls = List.of(loggedAt(now.minus(Duration.ofDays(3)), "+18003569377"),
                loggedAt(now.minus(Duration.ofHours(20)), "+442079463569"),
                loggedAt(now.minus(Duration.ofMinutes(5)), "+61298765432"));
        logged(calls);

        UnsavedCallsRecovery.Report report = recovery.recover(now, 30, Progress.NONE);

        assertThat(report.counts()).isEqualTo("3 found · 3 recovered · 0 already in the call log · 0 unreadable");
        for (Logged call : calls) {
            assertThat(history(call.caller())).filteredOn(r -> r.contactId().equals(call.contactId())).singleElement()
                    .satisfies(record -> {
                        assertThat(record.calledAt()).isEqualTo(call.at());
                        assertThat(record.vanity()).isEqualTo(call.vanity()).isNotEmpty();
                    });
        }
        assertThat(recovery.recover(now, 30, Progress.NONE).counts())
                .isEqualTo("3 found · 0 recovered · 3 already in the call log · 0 unreadable");
    }

    @Test
    void recover_readsOnlyTheDaysAskedFor() {
        Logged old = loggedAt(now.minus(Duration.ofDays(3)), "+18002255288");
        Logged recent = loggedAt(now.minus(Duration.ofHours(2)), "+18002255288");
        logged(List.of(old, recent));

        UnsavedCallsRecovery.Report report = recovery.recover(now, 1, Progress.NONE);

        assertThat(report.counts()).isEqualTo("1 found · 1 recovered · 0 already in the call log · 0 unreadable");
        assertThat(history(recent.caller())).extracting(CallRecord::contactId).contains(recent.contactId())
                .doesNotContain(old.contactId());
    }

    @Test
    void recover_whenTheLogGroupDoesNotExist_saysWhichOneAndWhere() {
        assertThatThrownBy(() -> recovery.recover(now, 30, Progress.NONE)).satisfies(failure ->
                assertThat(AwsProblems.describe(failure, session.target()).message()).isEqualTo(
                        "The log group /aws/lambda/switchboard-vanity does not exist in region eu-west-1: "
                                + "is the stack deployed in this region?"));
    }

    private void logged(List<Logged> calls) {
        logs.createLogGroup(b -> b.logGroupName(LogsWire.VANITY_LOG_GROUP));
        logs.createLogStream(b -> b.logGroupName(LogsWire.VANITY_LOG_GROUP).logStreamName(STREAM));
        logs.putLogEvents(b -> b.logGroupName(LogsWire.VANITY_LOG_GROUP).logStreamName(STREAM)
                .logEvents(calls.stream().map(call -> InputLogEvent.builder()
                        .timestamp(call.at().toEpochMilli()).message(call.line() + "\n").build()).toList()));
    }

    private static Logged loggedAt(Instant at, String caller) {
        return UnsavedCalls.answeredButNotRecorded(UUID.randomUUID().toString(), caller, at);
    }

    private List<CallRecord> history(String caller) {
        return session.calls().orElseThrow().history(caller, 100, null).calls();
    }
}
