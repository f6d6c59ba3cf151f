package io.switchboard.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.SameThreadTaskExecutor;
import io.switchboard.desktop.testing.LogsWire;
import io.switchboard.desktop.testing.UnsavedCalls;
import io.switchboard.desktop.testing.UnsavedCalls.Logged;
import io.switchboard.stack.testing.LoopbackAwsStub;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Recover unsaved calls" on an AWS connection: Logs at a loopback stub, the call log in the sandbox's DynamoDB engine. */
class CallsRecoveryViewModelTest {
    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    private final Instant now = Instant.now();
    private LoopbackAwsStub logs;
    private Session session;
    private CallsViewModel model;

    @TempDir
    Path home;

    @BeforeEach
    void setUp() throws Exception {
        logs = new LoopbackAwsStub(LoopbackAwsStub.BY_TARGET);
        session = LogsWire.session(logs, home);
        model = new CallsViewModel(tasks, new SimpleObjectProperty<>(session), new SimpleIntegerProperty(5),
                Clock.fixed(now, ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @AfterEach
    void tearDown() {
        session.close();
        logs.close();
    }

    @Test
    void recoverUnsaved_showsTheCountsInline_andTheRecoveredCallInTheTable() {
        Logged call = UnsavedCalls.answeredButNotRecorded(UUID.randomUUID().toString(), "+18003569377", now.minusSeconds(1));
        logs.on(LogsWire.FILTER_LOG_EVENTS, LogsWire.page(null, LogsWire.event("e1", call.at(), call.line())));
        assertThat(model.recovery().available().get()).isTrue();
        assertThat(model.recovery().logGroup()).contains("/aws/lambda/switchboard-vanity");

        model.recovery().recover(30);

        assertThat(model.longWork().message().get()).isEqualTo("Unsaved calls in the last 30 days of /aws/lambda/switchboard-vanity: "
                + "1 found · 1 recovered · 0 already in the call log · 0 unreadable.");
        assertThat(model.rows()).filteredOn(row -> row.contactId().equals(call.contactId())).singleElement()
                .satisfies(row -> assertThat(row.vanity(0)).isEqualTo("1-800-FLOWERS"));
    }

    @Test
    void recoverUnsaved_whenTheLogGroupIsMissing_saysSoInline() {
        logs.on(LogsWire.FILTER_LOG_EVENTS, LogsWire.logGroupNotFound());

        model.recovery().recover(30);

        assertThat(model.longWork().problem().get()).startsWith("The log group /aws/lambda/switchboard-vanity does not exist in region eu-west-1");
        assertThat(model.longWork().running().get()).isFalse();
    }
}
