package io.switchboard.desktop.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.connection.ConnectionManager;
import io.switchboard.desktop.task.FxTaskExecutor;
import io.switchboard.desktop.task.SameThreadTaskExecutor;
import io.switchboard.stack.deploy.PollSchedule;
import io.switchboard.stack.deploy.StackEventRecord;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
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

/** Headless (Monocle) smoke test: in the sandbox the Deploy page shows the local cloud's provisioning. */
@ExtendWith(ApplicationExtension.class)
class DeployViewSandboxTest {
    private static ConnectionManager connections;
    private final FxTaskExecutor tasks = new FxTaskExecutor();

    @BeforeAll
    static void provision() {
        connections = new ConnectionManager(new SameThreadTaskExecutor(), null); // off the FX thread, finished on return
        connections.useSandbox();
    }

    @AfterAll
    static void close() throws Exception {
        connections.close();
    }

    @Start
    void start(Stage stage) {
        DeployViewModel model = new DeployViewModel(tasks, connections.session(), new SandboxProvisioning(
                connections.provisioningEvents(), connections.provisioningProgress(), connections.provisioning()),
                DeployInputs.installed(), PollSchedule.standard());
        stage.setScene(new Scene(new DeployView(model), 1200, 760));
        stage.show();
        model.shown();
    }

    @AfterEach
    void tearDown() {
        tasks.close();
    }

    @Test
    void sandbox_showsProvisioningFinishedWithEveryEventAndTheOutputs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(connections.session().get()).as(connections.problem().get()).isNotNull();

        ProgressBar progress = robot.lookup("#deploy-progress").query();
        assertThat(progress.getProgress()).isEqualTo(1.0);
        TableView<StackEventRecord> events = robot.lookup("#deploy-events").queryTableView();
        assertThat(events.getItems()).isNotEmpty();
        assertThat(events.getItems()).anyMatch(e -> e.logicalId().equals("CallsTable") && e.status().equals("CREATE_COMPLETE"));
        assertThat(events.getItems()).noneMatch(StackEventRecord::isFailure);
        TableView<OutputRow> outputs = robot.lookup("#deploy-outputs").queryTableView();
        assertThat(outputs.getItems()).extracting(OutputRow::key).contains("CallsTableName");
        Label status = robot.lookup("#deploy-stack-status").query();
        assertThat(status.getText()).isEqualTo("Sandbox: stack provisioned from template.yaml");
        assertThat(shown(robot.lookup("#deploy-stack-name").query())).as("the AWS form is hidden").isFalse();
        assertThat(shown(robot.lookup("#deploy-delete").query())).isFalse();
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
