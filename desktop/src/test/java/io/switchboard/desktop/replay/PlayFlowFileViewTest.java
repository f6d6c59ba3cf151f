package io.switchboard.desktop.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.replay.cases.TestCaseStore;
import io.switchboard.desktop.task.FxTaskExecutor;
import io.switchboard.desktop.testing.SharedFlows;
import io.switchboard.desktop.testing.TestSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Replay's Play a call on a flow file, on screen (headless Monocle) against the in-memory sandbox:
 * the transcript fills in while a real-time call plays, the findings sit beside it, Cancel stops it.
 */
@ExtendWith(ApplicationExtension.class)
class PlayFlowFileViewTest {
    private static Session session;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private ReplayViewModel replay;

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
        Path data = Files.createTempDirectory("play-flow-file");
        replay = new ReplayViewModel(tasks, new SimpleObjectProperty<>(session), new TestCaseStore(data.resolve("test-cases")),
                new RecentFlows(data.resolve("recent-flows.properties")));
        replay.tab().set("play");
        Scene scene = new Scene(new ReplayView(replay), 1240, 760);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tasks.activity().isEmpty());
        tasks.close();
    }

    @Test
    void aRealTimeCallOnAFlowFile_showsItsTranscriptWhileItPlays_andCancelStopsIt(FxRobot robot) throws Exception {
        PlayViewModel play = replay.play();
        robot.interact(() -> play.flows().openFile(SharedFlows.file("connect-sample__sample_inbound_flow_first_contact_experience.json")));
        ListView<FindingRow> findings = robot.lookup("#play-findings").queryListView();
        Label summary = robot.lookup("#play-findings-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !summary.getText().isEmpty());
        assertThat(summary.isVisible()).isTrue();
        assertThat(findings.getItems()).isEqualTo(play.flows().findings());

        robot.clickOn("Real time");
        robot.clickOn("#play-call");
        TableView<TranscriptRow> transcript = robot.lookup("#transcript-table").queryTableView();
        // The greeting alone lasts 8 s: rows already on screen while the call still plays are live.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !onFx(() -> transcript.getItems().isEmpty()));
        assertThat(onFx(() -> play.work().running().get())).isTrue();
        assertThat(onFx(() -> List.copyOf(transcript.getItems()))).noneSatisfy(r -> assertThat(r.what()).isEqualTo("Ending"));

        robot.clickOn(cancelButton(robot));
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> !onFx(() -> play.work().running().get()));
        int shown = onFx(() -> transcript.getItems().size());
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> transcript.getItems().size())).isEqualTo(shown);
        assertThat(play.work().message().get()).isEqualTo("Cancelled");
        assertThat(robot.lookup("#play-call").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aFileThatIsNotAFlow_showsOneLineUnderTheFlow_andPlayIsOff(FxRobot robot) throws Exception {
        Path notes = Files.writeString(Files.createTempDirectory("not-a-flow").resolve("notes.json"), "[1, 2, 3]");
        robot.interact(() -> replay.play().flows().openFile(notes));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !replay.play().flows().problem().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup((Node n) -> n instanceof Label l && l.isVisible() && l.getText() != null
                && l.getText().startsWith("notes.json is not an Amazon Connect flow")).queryAs(Label.class);
        assertThat(message.getText()).doesNotContain("\n");
        // the flow still chosen is playable, but Play waits for the message to be dealt with
        assertThat(robot.lookup("#play-call").queryButton().isDisabled()).isTrue();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    private static Button cancelButton(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof Button b && "Cancel".equals(b.getText()) && b.isVisible()).queryButton();
    }
}
