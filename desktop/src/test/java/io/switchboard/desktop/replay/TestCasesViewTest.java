package io.switchboard.desktop.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.replay.cases.TestCase;
import io.switchboard.desktop.replay.cases.TestCaseStore;
import io.switchboard.desktop.task.FxTaskExecutor;
import io.switchboard.desktop.testing.TestSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
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

/** Replay's Test cases tab on screen against the in-memory sandbox: a run says its result once, and cases can run fast. */
@ExtendWith(ApplicationExtension.class)
class TestCasesViewTest {
    private static Session session;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private ReplayViewModel replay;
    private TestCaseStore store;

    @BeforeAll
    static void sandbox() {
        session = TestSandbox.session();
    }

    @AfterAll
    static void closeSession() {
        session.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory("test-cases-view");
        store = new TestCaseStore(data.resolve("test-cases"));
        store.save(TestCase.of("flowers", new TestCase.InvokeCase("Vanity",
                io.switchboard.desktop.connect.EventTemplates.vanityCall("c-1", "+18003569377"), Map.of("status", "OK"), null)));
        replay = new ReplayViewModel(tasks, new SimpleObjectProperty<>(session), store, new RecentFlows(null));
        replay.tab().set("cases");
        stage.setScene(new Scene(new ReplayView(replay), 1250, 820));
        stage.show();
        replay.shown(); // what the shell does when the page comes into view
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tasks.activity().isEmpty());
        tasks.close();
    }

    @Test
    void runAll_saysOneOfOnePassedOnce(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> replay.cases().cases().size() == 1);

        robot.clickOn("#run-cases");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> replay.cases().results().size() == 1
                || !replay.cases().work().problem().get().isEmpty());
        assertThat(replay.cases().work().problem().get()).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();

        long saying = robot.lookup((Node n) -> n instanceof Labeled l && l.isVisible() && l.getText() != null
                && l.getText().contains("1 of 1 passed") && visibleUpTheTree(n)).queryAll().size();
        assertThat(saying).isEqualTo(1);
    }

    @Test
    void playCases_canRunFast_whateverSpeedTheyWereSavedWith(FxRobot robot) {
        CheckBox fast = robot.lookup("#cases-fast").queryAs(CheckBox.class);

        assertThat(fast.isVisible()).isTrue();
        assertThat(fast.isSelected()).isTrue();
        robot.clickOn(fast);
        assertThat(replay.cases().fast().get()).isFalse();
    }

    private static boolean visibleUpTheTree(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
