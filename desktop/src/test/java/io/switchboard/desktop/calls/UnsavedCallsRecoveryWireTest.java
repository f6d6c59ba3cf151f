package io.switchboard.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.desktop.aws.AwsProblems;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.CancelledException;
import io.switchboard.desktop.task.Progress;
import io.switchboard.desktop.testing.LogsWire;
import io.switchboard.desktop.testing.UnsavedCalls;
import io.switchboard.desktop.testing.UnsavedCalls.Logged;
import io.switchboard.lambdas.calllog.CallRecord;
import io.switchboard.lambdas.calllog.UnsavedCallLine;
import io.switchboard.stack.testing.LoopbackAwsStub;
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

/**
 * Recovery at the wire: the real CloudWatchLogsClient against a loopback stub answering FilterLogEvents
 * with lines the real vanity code wrote, and the records written into the sandbox's DynamoDB engine (its call log).
 */
class UnsavedCallsRecoveryWireTest {
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private LoopbackAwsStub logs;
    private Session session;
    private UnsavedCallsRecovery recovery;

    @TempDir
    Path home;

    @BeforeEach
    void setUp() throws Exception {
        logs = new LoopbackAwsStub(LoopbackAwsStub.BY_TARGET);
        session = LogsWire.session(logs, home);
        recovery = UnsavedCallsRecovery.on(session).orElseThrow();
    }

    @AfterEach
    void tearDown() {
        session.close();
        logs.close();
    }

    @Test
    void recover_followsEveryPage_writesEachCallOnce_andASecondRunFindsThemAlreadyThere() {
        Logged first = loggedAt(now.minus(Duration.ofDays(3)), "+18003569377");
        Logged second = loggedAt(now.minus(Duration.ofHours(20)), "+442079463569");
        Logged third = loggedAt(now.minus(Duration.ofMinutes(5)), "+61298765432");
        for (int run = 0; run < 2; run++) { // the stub's last reply repeats: script both runs up front
            logs.on(LogsWire.FILTER_LOG_EVENTS,
                    LogsWire.page("page-2-token", LogsWire.event("e1", first.at(), first.line()), LogsWire.event("e2", second.at(), second.line())),
                    LogsWire.page(null, LogsWire.event("e3", third.at(), third.line())));
        }

        UnsavedCallsRecovery.Report report = recovery.recover(now, 30, Progress.NONE);

        assertThat(report.found()).isEqualTo(3);
        assertThat(report.recovered()).isEqualTo(3);
        assertThat(report.alreadyPresent()).isZero();
        assertThat(report.unreadable()).isZero();
        for (Logged call : List.of(first, second, third)) {
            assertThat(history(call.caller())).filteredOn(r -> r.contactId().equals(call.contactId())).singleElement()
                    .satisfies(record -> {
                        assertThat(record.calledAt()).isEqualTo(call.at());
                        assertThat(record.vanity()).isEqualTo(call.vanity()).isNotEmpty();
                        assertThat(record.status()).isEqualTo("OK");
                    });
        }

        UnsavedCallsRecovery.Report again = recovery.recover(now, 30, Progress.NONE);

        assertThat(again.found()).isEqualTo(3);
        assertThat(again.recovered()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(3);
        assertThat(again.summary()).contains("3 found · 0 recovered · 3 already in the call log · 0 unreadable");
        assertThat(history(first.caller())).filteredOn(r -> r.contactId().equals(first.contactId())).hasSize(1);
    }

    @Test
    void recover_asksFilterLogEventsForTheVanityLogGroupTheUnsavedLinesAndTheWindow() {
        logs.on(LogsWire.FILTER_LOG_EVENTS, LogsWire.page("next-1"), LogsWire.page(null));

        recovery.recover(now, 30, Progress.NONE);

        List<LoopbackAwsStub.Request> requests = logs.received(LogsWire.FILTER_LOG_EVENTS);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).header("X-Amz-Target")).isEqualTo("Logs_20140328.FilterLogEvents");
        assertThat(requests.get(0).header("Content-Type")).startsWith("application/x-amz-json-1.1");
        JsonNode firstPage = LogsWire.body(requests.get(0));
        assertThat(firstPage.path("logGroupName").asText()).isEqualTo(LogsWire.VANITY_LOG_GROUP);
        assertThat(firstPage.path("filterPattern").asText()).isEqualTo(UnsavedCallLine.FILTER_PATTERN)
                .isEqualTo("{ $.message = \"call not recorded\" }");
        assertThat(firstPage.path("startTime").asLong()).isEqualTo(now.minus(Duration.ofDays(30)).toEpochMilli());
        assertThat(firstPage.path("endTime").asLong()).isEqualTo(now.toEpochMilli());
        assertThat(firstPage.has("nextToken")).isFalse();
        assertThat(LogsWire.body(requests.get(1)).path("nextToken").asText()).isEqualTo("next-1");
    }

    @Test
    void recover_whenACallWasWrittenMeanwhileOrALineIsCut_countsThemApart() {
        Logged written = loggedAt(now.minus(Duration.ofHours(2)), "+18002255288");
        Logged lost = loggedAt(now.minus(Duration.ofHours(1)), "+18002255288");
        session.calls().orElseThrow().record(UnsavedCallLine.decode(written.line()).orElseThrow());
        String cut = lost.line().substring(0, lost.line().length() - 40);
        logs.on(LogsWire.FILTER_LOG_EVENTS, LogsWire.page(null, LogsWire.event("e-written", written.at(), written.line()),
                LogsWire.event("e-cut", lost.at(), cut)));

        UnsavedCallsRecovery.Report report = recovery.recover(now, 1, Progress.NONE);

        assertThat(report.counts()).isEqualTo("2 found · 0 recovered · 1 already in the call log · 1 unreadable");
        assertThat(report.unreadableEvents()).extracting(e -> e.eventId()).containsExactly("e-cut");
    }

    @Test
    void recover_whenCancelledAfterAPage_stopsAskingForMore() {
        Logged call = loggedAt(now.minus(Duration.ofHours(1)), "+18004685865");
        logs.on(LogsWire.FILTER_LOG_EVENTS, LogsWire.page("more", LogsWire.event("e1", call.at(), call.line())), LogsWire.page(null));
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> recovery.recover(now, 30, cancelled)).isInstanceOf(CancelledException.class);
        assertThat(logs.received(LogsWire.FILTER_LOG_EVENTS)).hasSize(1);
    }

    @Test
    void recover_whenTheLogGroupDoesNotExist_saysWhichOneAndWhatToCheck() {
        logs.on(LogsWire.FILTER_LOG_EVENTS, LogsWire.logGroupNotFound());

        assertThatThrownBy(() -> recovery.recover(now, 30, Progress.NONE)).satisfies(failure -> {
            var problem = AwsProblems.describe(failure, session.target());
            assertThat(problem.message()).isEqualTo("The log group /aws/lambda/switchboard-vanity does not exist in region "
                    + "eu-west-1: is the stack deployed in this region?");
            assertThat(problem.text()).doesNotContain("Exception");
        });
    }

    private static Logged loggedAt(Instant at, String caller) {
        return UnsavedCalls.answeredButNotRecorded(UUID.randomUUID().toString(), caller, at);
    }

    private List<CallRecord> history(String caller) {
        return session.calls().orElseThrow().history(caller, 100, null).calls();
    }
}
