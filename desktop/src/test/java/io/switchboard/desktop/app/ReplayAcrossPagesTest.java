package io.switchboard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.desktop.calls.CallRow;
import io.switchboard.desktop.calls.CallsView;
import io.switchboard.desktop.calls.CallsViewModel;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.executions.ExecutionRow;
import io.switchboard.desktop.executions.ExecutionsView;
import io.switchboard.desktop.executions.ExecutionsViewModel;
import io.switchboard.desktop.replay.ReplayView;
import io.switchboard.desktop.replay.ReplayViewModel;
import io.switchboard.desktop.replay.cases.TestCaseStore;
import io.switchboard.desktop.replay.TranscriptRow;
import io.switchboard.desktop.task.FxTaskExecutor;
import io.switchboard.desktop.testing.TestSandbox;
import io.switchboard.flows.simulator.CallTranscript;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The issue's end-to-end check, headless (Monocle) against the in-memory sandbox with the stack
 * deployed: pages wired as the app wires them, driven through the navigation rail. A call played in
 * Replay shows up in Calls; the async demo's execution shows up in Executions with history and timeline.
 */
@ExtendWith(ApplicationExtension.class)
class ReplayAcrossPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Session session;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private ReplayViewModel replay;
    private Shell shell;

    @BeforeAll
    static void sandbox() {
        session = TestSandbox.session(); // off the FX thread: the guard forbids AWS calls there
    }

    @AfterAll
    static void closeSession() {
        session.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        var current = new SimpleObjectProperty<>(session);
        CallsViewModel calls = new CallsViewModel(tasks, current, new SimpleIntegerProperty(1), Clock.systemUTC(), ZoneOffset.UTC);
        ExecutionsViewModel executions = new ExecutionsViewModel(tasks, current);
        replay = new ReplayViewModel(tasks, current, new TestCaseStore(Files.createTempDirectory("replay-cases")));
        shell = new Shell(List.of(
                new Page("Calls", Feather.PHONE_INCOMING, new CallsView(calls), calls),
                new Page("Executions", Feather.ACTIVITY, new ExecutionsView(executions), executions),
                new Page("Replay", Feather.PLAY_CIRCLE, new ReplayView(replay), replay)), new SimpleStringProperty("Sandbox"), tasks);
        Scene scene = new Scene(shell, 1240, 760); // inside Monocle's 1280x800 headless screen
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
        shell.select(2);
    }

    /** Leaves the polling pages and lets their last loads land before the executor closes. */
    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        robot.interact(() -> shell.select(2));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tasks.activity().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        tasks.close();
    }

    @Test
    void aVanityCallPlayedInReplay_appearsInCalls(FxRobot robot) throws Exception {
        openPlayTab(robot, "vanity", "+18003569377");
        robot.clickOn("#play-call");
        CallTranscript call = waitForTranscript(robot);
        TableView<TranscriptRow> transcript = robot.lookup("#transcript-table").queryTableView();
        assertThat(transcript.getItems()).anySatisfy(r -> assertThat(r.detail()).contains("FLOWERS"));
        String contactId = contactIdOf(call);

        robot.clickOn("#nav-calls");
        // the Calls table is built one frame after its page is first showing
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#calls-table").tryQuery().isPresent());
        TableView<CallRow> calls = robot.lookup("#calls-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> calls.getItems().stream().anyMatch(r -> r.contactId().equals(contactId)));
    }

    @Test
    void theAsyncDemoPlayedInReplay_hasAnExecutionWithHistoryAndTimeline(FxRobot robot) throws Exception {
        openPlayTab(robot, "async-demo", "+447700900123");
        assertThat(replay.play().attributes().get()).doesNotContain("demo_delay_ms");
        robot.clickOn("#play-call");
        CallTranscript call = waitForTranscript(robot);
        assertThat(call.heard()).anySatisfy(words -> assertThat(words).startsWith("Your balance is"));
        String contactId = contactIdOf(call);

        robot.clickOn("#nav-executions");
        TableView<ExecutionRow> executions = robot.lookup("#executions-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> executions.getItems().stream()
                .anyMatch(r -> r.contactId().equals(contactId) && r.execution().status().equals("SUCCEEDED")));
        robot.interact(() -> {
            ExecutionRow row = executions.getItems().stream().filter(r -> r.contactId().equals(contactId)).findFirst().orElseThrow();
            executions.getSelectionModel().select(row);
            executions.scrollTo(row);
        });
        TabPane details = robot.lookup(".tab-pane").queryAs(TabPane.class);
        TableView<?> history = robot.lookup("#execution-history").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !history.getItems().isEmpty());
        robot.interact(() -> history.getSelectionModel().select(0));
        javafx.scene.control.TextArea eventDetail = robot.lookup("#execution-event-detail").queryAs(javafx.scene.control.TextArea.class);
        org.assertj.core.api.Assertions.assertThat(eventDetail.getText()).startsWith("#").contains("Execution");
        robot.clickOn("Timeline");
        GridPane timeline = (GridPane) details.getTabs().stream().filter(t -> "timeline".equals(t.getId())).findFirst().orElseThrow().getContent();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getChildren().stream().anyMatch(n -> n instanceof javafx.scene.layout.StackPane));
    }

    private void openPlayTab(FxRobot robot, String flow, String caller) {
        robot.clickOn("Play a call");
        robot.interact(() -> {
            replay.play().fast().set(true);
            replay.play().flow().set(flow);
        });
        robot.doubleClickOn("#play-caller").eraseText(20).write(caller);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(replay.play().callerProblem().get()).isEmpty();
    }

    private CallTranscript waitForTranscript(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> replay.play().transcript().get() != null
                || !replay.play().work().problem().get().isEmpty());
        assertThat(replay.play().work().problem().get()).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        return replay.play().transcript().get();
    }

    private static String contactIdOf(CallTranscript call) throws Exception {
        return JSON.readTree(call.lambdaCalls().get(0).event()).path("Details").path("ContactData").path("ContactId").asText();
    }
}
