package io.switchboard.desktop.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.connection.ConnectionManager;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.FxTaskExecutor;
import io.switchboard.stack.deploy.PollSchedule;
import io.switchboard.stack.deploy.StackEventRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sandbox's Deploy page on screen (headless Monocle), on a sandbox that keeps its data in a folder as
 * the app's does: events newest first with whole reasons, skipped resources counted as skipped, and
 * Redeploy / Reset sandbox, each confirmed in words that say what is lost.
 */
@ExtendWith(ApplicationExtension.class)
class DeploySandboxRestartViewTest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private ConnectionManager connections;

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory("deploy-restart");
        connections = new ConnectionManager(tasks, data);
        DeployViewModel model = new DeployViewModel(tasks, connections.session(), new SandboxProvisioning(
                connections.provisioningEvents(), connections.provisioningProgress(), connections.provisioning(),
                connections::restartSandbox), DeployInputs.installed(), PollSchedule.standard());
        stage.setScene(new Scene(new DeployView(model), 1250, 820));
        stage.show();
        model.shown();
        connections.useSandbox();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> tasks.activity().isEmpty());
        tasks.close();
        WaitForAsyncUtils.asyncFx(() -> {
            connections.close();
            return null;
        }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void provisioned_listsEventsNewestFirst_countsSkippedAsSkipped_andShowsAReasonWhole(FxRobot robot) throws Exception {
        Session session = sandboxUp();
        WaitForAsyncUtils.waitForFxEvents();

        TableView<StackEventRecord> events = robot.lookup("#deploy-events").queryTableView();
        List<StackEventRecord> rows = onFx(() -> List.copyOf(events.getItems()));
        assertThat(rows.get(0).isAboutStack()).isTrue();
        assertThat(rows.get(0).status()).isEqualTo("CREATE_COMPLETE");
        assertThat(rows.get(rows.size() - 1).status()).isEqualTo("CREATE_IN_PROGRESS");
        assertThat(rows).extracting(StackEventRecord::timestamp).isSortedAccordingTo(java.util.Comparator.<Instant>reverseOrder());

        long ready = rows.stream().filter(e -> !e.isAboutStack() && e.status().equals("CREATE_COMPLETE")).count();
        long skipped = rows.stream().filter(e -> e.status().equals("CREATE_SKIPPED")).count();
        assertThat(skipped).isPositive();
        String progress = robot.lookup("#deploy-progress-text").queryAs(Label.class).getText();
        assertThat(progress).startsWith(ready + 1 + " of ").contains(skipped + " skipped");

        TableCell<?, ?> reason = onFx(() -> events.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getText() != null && c.getText().startsWith("Not emulated in the sandbox")).findFirst().orElseThrow());
        assertThat(reason.getTooltip()).isNotNull();
        assertThat(reason.getTooltip().getText()).isEqualTo(reason.getItem());
        assertThat(session).isNotNull();
    }

    @Test
    void resetSandbox_saysWhatIsLost_thenDeletesTheCalls_andProvisionsAgain(FxRobot robot) throws Exception {
        Session before = sandboxUp();
        String contact = UUID.randomUUID().toString();
        before.callPlayer().play(contact, "+18003569377");
        assertThat(before.calls().orElseThrow().call(contact)).isPresent();

        robot.clickOn("#sandbox-reset");
        DialogPane ask = robot.lookup("#sandbox-confirm").queryAs(DialogPane.class);
        assertThat(ask.getContentText()).contains("every call", "async results", "executions", "cannot be undone");
        robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.Button b && "OK".equals(b.getText())).queryButton());

        Session after = newSandboxAfter(before);
        assertThat(after.calls().orElseThrow().call(contact)).isEmpty();
        assertThat(robot.lookup("#deploy-stack-status").queryAs(Label.class).getText()).isEqualTo("Sandbox: stack provisioned from template.yaml");
    }

    @Test
    void redeploy_saysExecutionsAreLost_keepsTheCalls_andProvisionsAgain(FxRobot robot) throws Exception {
        Session before = sandboxUp();
        String contact = UUID.randomUUID().toString();
        before.callPlayer().play(contact, "+18003569377");

        robot.clickOn("#sandbox-redeploy");
        DialogPane ask = robot.lookup("#sandbox-confirm").queryAs(DialogPane.class);
        assertThat(ask.getContentText()).contains("Kept: the call log with every call", "Lost: the Step Functions executions");
        robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.Button b && "OK".equals(b.getText())).queryButton());

        Session after = newSandboxAfter(before);
        assertThat(after.calls().orElseThrow().call(contact)).isPresent();
    }

    private Session sandboxUp() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> connections.session().get() != null || !connections.problem().get().isEmpty());
        assertThat(connections.problem().get()).isEmpty();
        return connections.session().get();
    }

    private Session newSandboxAfter(Session before) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
            Session now = connections.session().get();
            return now != null && now != before || !connections.problem().get().isEmpty();
        });
        assertThat(connections.problem().get()).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        return connections.session().get();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
