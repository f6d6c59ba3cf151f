package io.switchboard.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.FxTaskExecutor;
import io.switchboard.desktop.testing.LogsWire;
import io.switchboard.desktop.testing.TestSandbox;
import io.switchboard.desktop.testing.UnsavedCalls;
import io.switchboard.desktop.testing.UnsavedCalls.Logged;
import io.switchboard.stack.testing.LoopbackAwsStub;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Calls page's "Recover unsaved calls…" action, headless: disabled in the sandbox, a whole recovery on AWS. */
@ExtendWith(ApplicationExtension.class)
class RecoverCallsViewTest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private Stage stage;
    private Session session;
    private LoopbackAwsStub logs;

    @TempDir
    Path home;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() {
        tasks.close();
        if (session != null) {
            session.close();
        }
        if (logs != null) {
            logs.close();
        }
    }

    @Test
    void inTheSandbox_simulateTrafficTakesTheActionsPlace(FxRobot robot) throws Exception {
        show(robot, TestSandbox.session());

        assertThat(robot.lookup("#recover-calls-holder").query().isVisible()).isFalse();
        assertThat(robot.lookup("#simulate").queryButton().getParent().isVisible()).isTrue();
    }

    @Test
    void onAws_recoveringAsksHowFarBack_thenShowsTheCountsAndTheCall(FxRobot robot) throws Exception {
        logs = new LoopbackAwsStub(LoopbackAwsStub.BY_TARGET);
        Logged call = UnsavedCalls.answeredButNotRecorded(UUID.randomUUID().toString(), "+18003569377", Instant.now().minusSeconds(1));
        logs.on(LogsWire.FILTER_LOG_EVENTS, LogsWire.page(null, LogsWire.event("e1", call.at(), call.line())));
        show(robot, LogsWire.session(logs, home));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#recover-calls").queryButton().isDisabled());

        robot.clickOn("#recover-calls");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#recover-days").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Recover".equals(b.getText())).queryButton());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".label").queryAllAs(Labeled.class).stream()
                .anyMatch(label -> label.getText() != null && label.getText().contains("1 found · 1 recovered")));
        TableView<CallRow> table = robot.lookup("#calls-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().stream().anyMatch(r -> r.contactId().equals(call.contactId())));
    }

    private void show(FxRobot robot, Session connection) {
        session = connection;
        robot.interact(() -> {
            CallsViewModel model = new CallsViewModel(tasks, new SimpleObjectProperty<>(connection), new SimpleIntegerProperty(60),
                    Clock.systemUTC(), ZoneOffset.UTC);
            model.autoRefresh().set(false);
            stage.setScene(new Scene(new CallsView(model), 1400, 700));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
