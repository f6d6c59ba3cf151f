package io.switchboard.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.SameThreadTaskExecutor;
import io.switchboard.desktop.testing.TestSandbox;
import io.switchboard.lambdas.calllog.CallLog;
import io.switchboard.lambdas.calllog.CallRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Calls page's behaviour without a screen: same-thread tasks, the sandbox's real DynamoDB. */
class CallsViewModelTest {
    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    private Session session;
    private CallsViewModel model;
    private Instant now;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        session = TestSandbox.session();
        now = Instant.now();
        model = new CallsViewModel(tasks, new SimpleObjectProperty<>(session), new SimpleIntegerProperty(5),
                Clock.fixed(now, ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void simulatedTraffic_showsUpNewestFirst_withCallersMasked() {
        model.simulateCount().set(3);
        model.simulate();
        model.shown();

        assertThat(model.longWork().message().get()).isEqualTo("3 calls played through the vanity flow");
        assertThat(model.rows()).hasSizeGreaterThanOrEqualTo(3);
        CallRow first = model.rows().get(0);
        assertThat(first.caller().text().get()).contains("••").doesNotContain(first.call().caller().substring(4));
        first.caller().revealed().set(true);
        assertThat(first.caller().text().get()).isEqualTo(first.call().caller());
    }

    @Test
    void searchByNumber_showsThatCallersHistoryOnly() {
        String caller = "+4420794" + (10000 + (int) (Math.random() * 89999));
        record(caller, now.minusSeconds(60));
        record(caller, now.minusSeconds(30));
        record("+18005550100", now.minusSeconds(10));
        model.shown();

        model.searchText().set(caller.replace("+44", "+44 "));
        model.search();

        assertThat(model.rows()).hasSize(2).allSatisfy(row -> assertThat(row.call().caller()).isEqualTo(caller));
        assertThat(model.problem().get()).isEmpty();
    }

    @Test
    void search_whenNotANumber_saysWhatToType() {
        model.searchText().set("bob");
        model.search();

        assertThat(model.problem().get()).contains("not a phone number").contains("country code");
    }

    @Test
    void autoRefresh_runsWhileVisible_andPausesWhenHidden() {
        model.shown();
        assertThat(model.refreshScheduled()).isTrue();
        String caller = "+18885550" + (100 + (int) (Math.random() * 800));
        record(caller, now.minusSeconds(1));

        tasks.advance(Duration.ofSeconds(5));
        assertThat(model.rows()).extracting(r -> r.call().caller()).contains(caller);

        model.hidden();
        assertThat(model.refreshScheduled()).isFalse();
        assertThat(tasks.pendingScheduled()).isZero();
    }

    @Test
    void exportCsv_writesEveryPageOfTheCurrentQuery() throws Exception {
        String caller = "+3531" + (10000000 + (int) (Math.random() * 8999999));
        for (int i = 0; i < 230; i++) {
            record(caller, now.minusSeconds(1000 - i));
        }
        model.searchText().set(caller);
        model.search();
        Path file = dir.resolve("calls.csv");

        model.exportCsv(file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(231);
        assertThat(lines.get(0)).startsWith("called_at,caller,vanity_1");
        assertThat(model.longWork().message().get()).startsWith("230 calls exported");
    }

    @Test
    void chart_countsTheLast24HoursInHourlyBars() {
        record("+18005550111", now.minus(Duration.ofHours(30)));
        model.shown();

        assertThat(model.hourly()).hasSize(24);
        assertThat(model.hourly().get(23).calls()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void recoverUnsaved_inTheSandbox_isNotOfferedAndSaysWhy() {
        assertThat(model.canRecover().get()).isFalse();
        assertThat(model.recoverUnavailable().get()).contains("log to the console, not to CloudWatch Logs");

        model.recoverUnsaved(30);

        assertThat(model.problem().get()).contains("connect to an AWS account in Settings");
        assertThat(model.longWork().running().get()).isFalse();
    }

    private void record(String caller, Instant at) {
        new CallLog(session.clients().dynamoDb(), session.outputs().get("CallsTableName"), 90)
                .record(new CallRecord(UUID.randomUUID().toString(), caller, at, List.of("1-800-FLOWERS"), "OK", at.plus(Duration.ofDays(90))));
    }
}
