package io.switchboard.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.FxTaskExecutor;
import io.switchboard.desktop.testing.TestSandbox;
import io.switchboard.lambdas.calllog.CallLog;
import io.switchboard.lambdas.calllog.CallRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a supervisor sees in the calls table: every call with its status, honest sort arrows, whole cells. */
@ExtendWith(ApplicationExtension.class)
class CallsTableViewTest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private static Session session;
    private static final String LONG_VANITY = "+49 1512 34-56-FLOWERS-789";
    private CallsViewModel model;

    @BeforeAll
    static void sandbox() {
        session = TestSandbox.session();
        CallLog log = new CallLog(session.clients().dynamoDb(), session.outputs().get("CallsTableName"), 90);
        Instant now = Instant.now();
        // Recorded newest first in this order, so time order is not caller order.
        String[] callers = {"+447700900123", "+18005550100", "+353871234567", "+61255501234"};
        for (int i = 0; i < callers.length; i++) {
            log.record(new CallRecord(UUID.randomUUID().toString(), callers[i], now.minusSeconds(10 + i), List.of("1-800-FLOWERS"), "OK",
                    now.plus(Duration.ofDays(90)), "1 vanity number"));
        }
        log.record(new CallRecord(UUID.randomUUID().toString(), "+4915123456789", now.minusSeconds(15), List.of(LONG_VANITY), "OK",
                now.plus(Duration.ofDays(90)), "1 vanity number"));
        log.record(new CallRecord(UUID.randomUUID().toString(), "+18005550101", now.minusSeconds(20), List.of(), "NO_VANITY",
                now.plus(Duration.ofDays(90)), "no common English word of 3+ letters dials any part of 5550101"));
        log.record(new CallRecord(UUID.randomUUID().toString(), "withheld", now.minusSeconds(21), List.of(), "INVALID_NUMBER",
                now.plus(Duration.ofDays(90)), "not a phone number: withheld"));
    }

    @AfterAll
    static void closeSession() {
        session.close();
    }

    @Start
    void start(Stage stage) {
        model = new CallsViewModel(tasks, new SimpleObjectProperty<>(session), new SimpleIntegerProperty(2), Clock.systemUTC(), ZoneOffset.UTC);
        model.autoRefresh().set(false);
        stage.setScene(new Scene(new CallsView(model), 1240, 720));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        tasks.close();
    }

    @Test
    void noVanityAndInvalidCalls_showTheirStatusAndReason_andTheFilterShowsOnlyOneStatus(FxRobot robot) throws Exception {
        TableView<CallRow> table = loadedTable(robot);

        // The sandbox is shared with other test classes: newer calls may push these below the visible rows,
        // so each status is looked at through the filter, which brings its rows to the top.
        assertThat(table.getItems()).extracting(CallRow::status).contains("OK", "NO_VANITY", "INVALID_NUMBER");
        robot.interact(() -> model.statusFilter().set("INVALID_NUMBER"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cellTexts(robot, table, "Status")).contains("INVALID_NUMBER");
        // A long reason may end in "…" in a narrow window; the row holds it whole (and its cell's tooltip shows it).
        assertThat(table.getItems()).extracting(CallRow::reason).contains("not a phone number: withheld");
        assertThat(cellTexts(robot, table, "Reason")).anyMatch(t -> t.startsWith("not a phone number"));
        assertThat(cellTexts(robot, table, "Caller")).as("an invalid caller is shown as it is").contains("withheld")
                .noneMatch(t -> t.endsWith("er") && t.contains("•"));

        robot.interact(() -> model.statusFilter().set("NO_VANITY"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo("NO_VANITY"));
        assertThat(cellTexts(robot, table, "Status")).containsOnly("NO_VANITY");
    }

    @Test
    void callerArrow_sortsByNumber_andARefreshKeepsTheOrderUnderTheArrow(FxRobot robot) throws Exception {
        TableView<CallRow> table = loadedTable(robot);

        robot.clickOn(robot.lookup(".column-header").lookup((javafx.scene.Node n) -> n instanceof Labeled l && "Caller".equals(l.getText()))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getSortOrder()).extracting(TableColumn::getText).containsExactly("Caller");
        List<String> numbers = numbers(table);
        assertThat(numbers).isSorted();

        robot.interact(model::refresh);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getSortOrder()).extracting(TableColumn::getText).containsExactly("Caller");
        assertThat(numbers(table)).isSorted();
    }

    @Test
    void showingTheContactIdColumn_cutsNoTimeOfDayAndNoVanityNumber(FxRobot robot) throws Exception {
        TableView<CallRow> table = loadedTable(robot);

        robot.interact(() -> column(table, "ContactId").setVisible(true));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cellTexts(robot, table, "Time")).isNotEmpty().allSatisfy(t -> assertThat(t).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        assertThat(cellTexts(robot, table, "Vanity 1")).contains(LONG_VANITY).allSatisfy(t -> assertThat(t).doesNotContain("..."));
        assertThat(model.hiddenColumns().get()).as("the choice is remembered").doesNotContain("ContactId");
    }

    @Test
    void typingAnInvalidDate_saysSo_andTypingADateShowsThatDay(FxRobot robot) throws Exception {
        loadedTable(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#call-day").tryQuery().isPresent());
        javafx.scene.control.DatePicker picker = robot.lookup("#call-day").queryAs(javafx.scene.control.DatePicker.class);

        robot.interact(() -> picker.getEditor().clear());
        robot.clickOn(picker.getEditor()).write("2026-13-45").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".sb-inline-error").queryLabeled().getText()).contains("'2026-13-45' is not a date");

        robot.interact(() -> picker.getEditor().clear());
        robot.clickOn(picker.getEditor()).write("2021-03-04").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.day().get()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(model.browsingDay().get()).isTrue();
        assertThat(model.problem().get()).isEmpty();
    }

    private TableView<CallRow> loadedTable(FxRobot robot) throws Exception {
        robot.interact(model::shown);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#calls-table").tryQuery().isPresent());
        TableView<CallRow> table = robot.lookup("#calls-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream().anyMatch(r -> r.status().equals("INVALID_NUMBER")));
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    private static List<String> numbers(TableView<CallRow> table) {
        return table.getItems().stream().map(r -> r.caller().number()).toList();
    }

    private static TableColumn<CallRow, ?> column(TableView<CallRow> table, String title) {
        return table.getColumns().stream().filter(c -> c.getText().equals(title)).findFirst().orElseThrow();
    }

    /** What the visible cells of a column show on screen (after any ellipsis), rows with items only. */
    private static List<String> cellTexts(FxRobot robot, TableView<CallRow> table, String title) {
        TableColumn<CallRow, ?> column = column(table, title);
        List<String> texts = new ArrayList<>();
        robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableColumn() == column && !c.isEmpty() && c.getText() != null && c.isVisible())
                .forEach(c -> {
                    Text shown = (Text) c.lookup(".text");
                    texts.add(shown == null ? c.getText() : shown.getText());
                });
        return texts;
    }
}
