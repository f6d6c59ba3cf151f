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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
    void search_whenNeitherANumberNorAContactId_saysWhatToType() {
        model.searchText().set("bob");
        model.search();

        assertThat(model.problem().get()).contains("not a phone number or a ContactId").contains("country code")
                .contains("8-4-4-4-12");
    }

    @Test
    void searchByContactId_showsExactlyThatCall() {
        String contactId = UUID.randomUUID().toString();
        record(contactId, "+18005550123", now.minusSeconds(20));
        record(UUID.randomUUID().toString(), "+18005550123", now.minusSeconds(10));
        model.shown();

        model.searchText().set("  " + contactId.toUpperCase() + " ");
        model.search();

        assertThat(model.rows()).extracting(CallRow::contactId).containsExactly(contactId);
        assertThat(model.problem().get()).isEmpty();
        assertThat(model.hasMore().get()).isFalse();
        assertThat(model.browsingRecent().get()).isFalse();
        assertThat(model.browsingDay().get()).isFalse();
    }

    @Test
    void searchByContactId_whenNoSuchCall_saysSoInline_andShowsNothing() {
        model.shown();
        String unknown = UUID.randomUUID().toString();

        model.searchText().set(unknown);
        model.search();

        assertThat(model.rows()).isEmpty();
        assertThat(model.problem().get()).startsWith("No call with ContactId " + unknown + " in the call log");
        assertThat(model.nothingFound().get()).isEqualTo("No call with ContactId " + unknown + ".");
    }

    @Test
    void dayQuery_acrossLocalMidnightAndUtcMidnight_returnsExactlyThatLocalDaysCalls_newestFirst() {
        // 2025-03-09 in New York starts at 05:00Z and, being the day clocks go forward, ends 23 hours later
        // at 04:00Z on the 10th: it spans two UTC day partitions.
        ZoneId newYork = ZoneId.of("America/New_York");
        CallsViewModel local = new CallsViewModel(tasks, new SimpleObjectProperty<>(session), new SimpleIntegerProperty(5),
                Clock.fixed(now, ZoneOffset.UTC), newYork);
        Instant start = Instant.parse("2025-03-09T05:00:00Z");
        Instant end = Instant.parse("2025-03-10T04:00:00Z");
        String day = "+1202555" + (1000 + (int) (Math.random() * 8999));
        record("nyc-before-" + UUID.randomUUID(), day, start.minusMillis(1));
        record("nyc-at-start-" + UUID.randomUUID(), day, start);
        record("nyc-before-utc-midnight-" + UUID.randomUUID(), day, Instant.parse("2025-03-09T23:59:59.999Z"));
        record("nyc-at-utc-midnight-" + UUID.randomUUID(), day, Instant.parse("2025-03-10T00:00:00Z"));
        record("nyc-last-moment-" + UUID.randomUUID(), day, end.minusMillis(1));
        record("nyc-next-day-" + UUID.randomUUID(), day, end);
        local.shown();

        local.day().set(LocalDate.parse("2025-03-09"));

        assertThat(local.browsingDay().get()).isTrue();
        assertThat(local.rows()).extracting(r -> r.contactId().substring(0, r.contactId().length() - 37))
                .containsExactly("nyc-last-moment", "nyc-at-utc-midnight", "nyc-before-utc-midnight", "nyc-at-start");
        assertThat(local.rows()).extracting(r -> r.time(newYork))
                .containsExactly("2025-03-09 23:59:59", "2025-03-09 20:00:00", "2025-03-09 19:59:59", "2025-03-09 00:00:00");
        assertThat(local.summary().get()).isEqualTo("4 calls on 2025-03-09 (America/New_York time)");
        assertThat(session.calls().orElseThrow().between(start, end, 50, null).itemsRead())
                .as("the by-day Queries read that day's calls and no others").isEqualTo(4);
    }

    @Test
    void allRecent_afterADay_showsTheNewestCallsAgain() {
        String caller = "+18885551" + (100 + (int) (Math.random() * 800));
        record(UUID.randomUUID().toString(), caller, now.minusSeconds(2));
        model.shown();
        model.day().set(LocalDate.parse("2020-01-01"));
        assertThat(model.rows()).isEmpty();
        assertThat(model.nothingFound().get()).isEqualTo("No calls on 2020-01-01 (UTC time).");

        model.showRecent();

        assertThat(model.browsingRecent().get()).isTrue();
        assertThat(model.rows()).extracting(r -> r.call().caller()).contains(caller);
    }

    @Test
    void updatedTime_showsAfterEachLoad_andSaysWhenRefreshIsPaused() {
        assertThat(model.updated().get()).isEqualTo("Refresh paused");

        model.shown();
        String time = DateTimeFormatter.ofPattern("HH:mm:ss").format(now.atZone(ZoneOffset.UTC));
        assertThat(model.updated().get()).isEqualTo("Updated " + time);

        model.autoRefresh().set(false);
        assertThat(model.updated().get()).isEqualTo("Updated " + time + " · Refresh paused");
        model.autoRefresh().set(true);
        model.hidden();
        assertThat(model.updated().get()).isEqualTo("Updated " + time + " · Refresh paused");
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
        assertThat(lines.get(0)).startsWith("called_at (UTC),caller,vanity_1");
        assertThat(model.longWork().message().get()).startsWith("230 calls exported");
    }

    @Test
    void exportCsv_ofADay_writesThatDaysCallsOnly() throws Exception {
        Instant noon = Instant.parse("2025-06-14T12:00:00Z");
        for (int i = 0; i < 3; i++) {
            record(UUID.randomUUID().toString(), "+18005550140", noon.plusSeconds(i));
        }
        record(UUID.randomUUID().toString(), "+18005550140", Instant.parse("2025-06-15T00:00:00Z"));
        model.day().set(LocalDate.parse("2025-06-14"));
        Path file = dir.resolve("day.csv");

        model.exportCsv(file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(1, 4)).allSatisfy(line -> assertThat(line).startsWith("2025-06-14T12:00:0"));
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
        assertThat(model.recovery().available().get()).isFalse();
        assertThat(model.recovery().unavailable().get()).contains("log to the console, not to CloudWatch Logs");

        model.recovery().recover(30);

        assertThat(model.problem().get()).contains("connect to an AWS account in Settings");
        assertThat(model.longWork().running().get()).isFalse();
    }

    @Test
    void noVanityAndInvalidCalls_showTheirStatusAndReason_notBlankRows() {
        String noVanity = UUID.randomUUID().toString();
        String invalid = UUID.randomUUID().toString();
        CallLog log = callLog();
        log.record(new CallRecord(noVanity, "+18005550100", now.minusSeconds(3), List.of(), "NO_VANITY",
                now.plus(Duration.ofDays(90)), "no common English word of 3+ letters dials any part of 5550100"));
        log.record(new CallRecord(invalid, "anonymous", now.minusSeconds(2), List.of(), "INVALID_NUMBER",
                now.plus(Duration.ofDays(90)), "not a phone number: anonymous"));
        model.shown();

        CallRow noWord = row(noVanity);
        assertThat(noWord.status()).isEqualTo("NO_VANITY");
        assertThat(noWord.reason()).startsWith("no common English word");
        CallRow anonymous = row(invalid);
        assertThat(anonymous.status()).isEqualTo("INVALID_NUMBER");
        assertThat(anonymous.reason()).isEqualTo("not a phone number: anonymous");
        assertThat(anonymous.caller().text().get()).as("not a number: nothing to mask, shown as it is").isEqualTo("anonymous");
        assertThat(noWord.reasonText().get()).as("the subscriber digits the engine names are the caller's: masked")
                .isEqualTo("no common English word of 3+ letters dials any part of •••••00");
    }

    @Test
    void reason_masksTheCallersNumber_likeTheCallerColumn_untilRevealed() {
        String contactId = UUID.randomUUID().toString();
        callLog().record(new CallRecord(contactId, "+35375123400", now.minusSeconds(1), List.of("+353 75 SPA-ON-00"), "OK",
                now.plus(Duration.ofDays(90)), "1 vanity number for +35375123400"));
        model.shown();

        CallRow call = row(contactId);
        assertThat(call.reasonText().get()).isEqualTo("1 vanity number for " + call.caller().text().get()).doesNotContain("75123");
        call.caller().revealed().set(true);
        assertThat(call.reasonText().get()).isEqualTo("1 vanity number for +35375123400");
    }

    @Test
    void statusFilter_showsOnlyCallsWithThatStatus_andTheSummarySaysHowMany() {
        model.simulateCount().set(12);
        model.simulate();
        String invalid = UUID.randomUUID().toString();
        callLog().record(new CallRecord(invalid, "withheld", now.minusSeconds(1), List.of(), "INVALID_NUMBER", now.plus(Duration.ofDays(90))));
        model.shown();

        model.statusFilter().set("INVALID_NUMBER");

        assertThat(model.shownRows()).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo("INVALID_NUMBER"));
        assertThat(model.shownRows()).extracting(CallRow::contactId).contains(invalid);
        assertThat(row(invalid).reason()).as("a call recorded without a reason still says what its status means")
                .isEqualTo("the caller's address is not a phone number");
        assertThat(model.summary().get()).endsWith(model.shownRows().size() + " INVALID_NUMBER shown");

        model.statusFilter().set(CallsViewModel.ALL_STATUSES);
        assertThat(model.shownRows()).hasSameSizeAs(model.rows());
        assertThat(model.summary().get()).doesNotContain("shown");
    }

    @Test
    void chart_onADay_countsThatDaysCallsPerHour_notTheLast24Hours() {
        LocalDate day = LocalDate.of(2021, 1 + (int) (Math.random() * 12), 10);
        Instant tenOClock = day.atTime(10, 5).toInstant(ZoneOffset.UTC);
        record("+18005550123", tenOClock);
        record("+18005550123", tenOClock.plusSeconds(600));
        record("+18005550123", tenOClock.plus(Duration.ofHours(5)));
        record("+18005550123", now.minusSeconds(5)); // today: not on the day's chart
        model.shown();

        model.day().set(day);

        assertThat(model.hourly()).hasSize(24);
        assertThat(model.hourly().get(10)).isEqualTo(new CallsPerHour.HourCount("10:00", 2));
        assertThat(model.hourly().get(15).calls()).isEqualTo(1);
        assertThat(model.hourly().stream().mapToInt(CallsPerHour.HourCount::calls).sum()).isEqualTo(3);
        assertThat(model.chartTitle().get()).isEqualTo("Calls per hour on " + day + " (UTC time)");

        model.showRecent();
        assertThat(model.chartTitle().get()).isEqualTo("Calls per hour, last 24 h");
        assertThat(model.hourly().get(23).calls()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void typedDay_whenNotADate_saysSo_andKeepsTheDayShown() {
        LocalDate before = model.day().get();

        assertThat(model.typedDay("2026-13-45")).isNull();

        assertThat(model.problem().get()).contains("'2026-13-45' is not a date").contains("YYYY-MM-DD");
        assertThat(model.day().get()).isEqualTo(before);
        assertThat(model.typedDay(" 2026-12-02 ")).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(model.problem().get()).isEmpty();
    }

    @Test
    void exportCsv_protectsEveryCellFromSpreadsheets_andStatesTheZoneOfItsIsoTimes() throws Exception {
        String caller = "+4420794" + (10000 + (int) (Math.random() * 89999));
        Instant at = Instant.parse("2025-07-01T08:30:00Z");
        callLog().record(new CallRecord(UUID.randomUUID().toString(), caller, at, List.of("+44 20 7946 PLANTS", "=HYPERLINK(1)"),
                "OK", now.plus(Duration.ofDays(90)), "2 vanity numbers"));
        CallsViewModel london = new CallsViewModel(tasks, new SimpleObjectProperty<>(session), new SimpleIntegerProperty(5),
                Clock.fixed(now, ZoneOffset.UTC), ZoneId.of("Europe/London"));
        london.searchText().set(caller);
        london.search();
        Path file = dir.resolve("protected.csv");

        london.exportCsv(file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("called_at (Europe/London),caller,");
        assertThat(lines.get(1)).startsWith("2025-07-01T09:30:00+01:00,\"'" + caller + "\",\"'+44 20 7946 PLANTS\",\"'=HYPERLINK(1)\",");
        assertThat(lines.get(1)).contains(",OK,2 vanity numbers,");
    }

    @Test
    void exportMessage_clearsWhenItIsNoLongerNews() throws Exception {
        record("+18005550177", now.minusSeconds(1));
        model.shown();
        model.exportCsv(dir.resolve("news.csv"));
        assertThat(model.longWork().message().get()).matches("\\d+ calls? exported to .*news.csv");

        tasks.advance(CallsViewModel.MESSAGE_NEWS);

        assertThat(model.longWork().message().get()).isEmpty();
        model.exportCsv(dir.resolve("again.csv"));
        model.day().set(LocalDate.parse("2020-02-02"));
        assertThat(model.longWork().message().get()).as("another query: the export is not news any more").isEmpty();
    }

    @Test
    void exportDialog_opensInTheDocumentsFolder() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        assertThat(DocumentsFolder.of(home, java.util.Map.of())).isEqualTo(home);
        Path documents = Files.createDirectories(home.resolve("Documents"));
        assertThat(DocumentsFolder.of(home, java.util.Map.of())).isEqualTo(documents);
        Path xdg = Files.createDirectories(home.resolve("Dokumente"));
        assertThat(DocumentsFolder.of(home, java.util.Map.of("XDG_DOCUMENTS_DIR", "$HOME/Dokumente"))).isEqualTo(xdg);
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "XDG_DESKTOP_DIR=\"$HOME/Desktop\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");
        assertThat(DocumentsFolder.of(home, java.util.Map.of())).as("as the desktop names it").isEqualTo(xdg);
    }

    private CallRow row(String contactId) {
        return model.rows().stream().filter(r -> r.contactId().equals(contactId)).findFirst().orElseThrow();
    }

    private CallLog callLog() {
        return new CallLog(session.clients().dynamoDb(), session.outputs().get("CallsTableName"), 90);
    }

    private void record(String caller, Instant at) {
        record(UUID.randomUUID().toString(), caller, at);
    }

    private void record(String contactId, String caller, Instant at) {
        new CallLog(session.clients().dynamoDb(), session.outputs().get("CallsTableName"), 90)
                .record(new CallRecord(contactId, caller, at, List.of("1-800-FLOWERS"), "OK", now.plus(Duration.ofDays(90))));
    }
}
