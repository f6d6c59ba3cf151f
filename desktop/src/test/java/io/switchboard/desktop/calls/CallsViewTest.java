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
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Headless (Monocle) UI test against the sandbox: calls recorded through CallLog appear in the table. */
@ExtendWith(ApplicationExtension.class)
class CallsViewTest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private static Session session;
    private CallsViewModel model;

    @BeforeAll
    static void sandbox() {
        session = TestSandbox.session(); // off the FX thread: the guard forbids AWS calls there
    }

    @AfterAll
    static void closeSession() {
        session.close();
    }

    @Start
    void start(Stage stage) {
        model = new CallsViewModel(tasks, new SimpleObjectProperty<>(session), new SimpleIntegerProperty(2), Clock.systemUTC(), ZoneOffset.UTC);
        stage.setScene(new Scene(new CallsView(model), 1200, 700));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        tasks.close();
    }

    @Test
    void recordedCalls_appearInTheTable_withTheCallerMaskedUntilClicked(FxRobot robot) throws Exception {
        String caller = "+1800555" + (1000 + (int) (Math.random() * 8999));
        String contactId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        new CallLog(session.clients().dynamoDb(), session.outputs().get("CallsTableName"), 90)
                .record(new CallRecord(contactId, caller, now, List.of("1-800-555-FLOW", "1-800-555-3569"), "OK", now.plus(Duration.ofDays(90))));

        robot.interact(() -> {
            model.autoRefresh().set(false); // one load: the rows stay the same objects while we click
            model.shown();
        });
        // the table is built one frame after the window shows (progressive first paint)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#calls-table").tryQuery().isPresent());
        TableView<CallRow> table = robot.lookup("#calls-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream().anyMatch(r -> r.contactId().equals(contactId)));

        WaitForAsyncUtils.waitForFxEvents();
        CallRow row = table.getItems().stream().filter(r -> r.contactId().equals(contactId)).findFirst().orElseThrow();
        assertThat(row.vanity(0)).isEqualTo("1-800-555-FLOW");
        String masked = row.caller().text().get();
        assertThat(masked).doesNotContain(caller.substring(5, 9));
        javafx.scene.Node cell = robot.lookup(".table-cell").match(LabeledMatchers.hasText(masked)).query();

        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        CallRow after = table.getItems().stream().filter(r -> r.contactId().equals(contactId)).findFirst().orElseThrow();
        assertThat(after.caller().text().get()).isEqualTo(caller);
        assertThat(((javafx.scene.control.Labeled) cell).getText()).isEqualTo(caller);
    }

    @Test
    void searchingForJunk_showsAnInlineMessage(FxRobot robot) {
        robot.clickOn("#call-search").write("hello").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".sb-inline-error").queryLabeled().getText()).contains("not a phone number or a ContactId");
    }

    @Test
    void searchingForAContactId_showsOnlyThatCall_andWhenItWasUpdated(FxRobot robot) throws Exception {
        String contactId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        CallLog callLog = new CallLog(session.clients().dynamoDb(), session.outputs().get("CallsTableName"), 90);
        callLog.record(new CallRecord(contactId, "+18005550199", now, List.of("1-800-555-01-XY"), "OK", now.plus(Duration.ofDays(90))));
        callLog.record(new CallRecord(UUID.randomUUID().toString(), "+18005550199", now, List.of(), "NO_VANITY", now.plus(Duration.ofDays(90))));
        robot.interact(() -> model.shown());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#calls-table").tryQuery().isPresent());

        robot.clickOn("#call-search").write(contactId).type(javafx.scene.input.KeyCode.ENTER);

        TableView<CallRow> table = robot.lookup("#calls-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1 && table.getItems().get(0).contactId().equals(contactId));
        javafx.scene.control.Label updated = robot.lookup("#calls-updated").queryAs(javafx.scene.control.Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> updated.getText().matches("Updated \\d\\d:\\d\\d:\\d\\d"));
        assertThat(robot.lookup("#show-recent").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isFalse();

        robot.clickOn("#auto-refresh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(updated.getText()).matches("Updated \\d\\d:\\d\\d:\\d\\d · Refresh paused");

        robot.clickOn("#show-recent");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#show-recent").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#call-search").queryTextInputControl().getText()).isEmpty();
    }
}
