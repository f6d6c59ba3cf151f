package io.switchboard.desktop.deploy;

import static io.switchboard.desktop.testing.AwsWire.instance;
import static io.switchboard.desktop.testing.AwsWire.instances;
import static io.switchboard.stack.testing.CloudFormationWire.changeSet;
import static io.switchboard.stack.testing.CloudFormationWire.changeSetCreated;
import static io.switchboard.stack.testing.CloudFormationWire.modify;
import static io.switchboard.stack.testing.CloudFormationWire.ok;
import static io.switchboard.stack.testing.CloudFormationWire.remove;
import static io.switchboard.stack.testing.CloudFormationWire.stack;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.aws.ClientCache;
import io.switchboard.desktop.connection.CallPlayer;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.FxTaskExecutor;
import io.switchboard.desktop.testing.AwsWire;
import io.switchboard.stack.testing.CloudFormationWire.Timeline;
import io.switchboard.stack.testing.LoopbackAwsStub;
import io.switchboard.stack.testing.LoopbackAwsStub.Reply;
import io.switchboard.stack.deploy.PlannedChange;
import io.switchboard.stack.deploy.PollSchedule;
import io.switchboard.stack.deploy.StackEventRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless (Monocle): the AWS deploy flow on screen, against loopback AWS stubs, with the app's executor. */
@ExtendWith(ApplicationExtension.class)
class DeployViewAwsTest {
    private static final String FUNCTION = "AWS::Lambda::Function";

    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private LoopbackAwsStub stub;
    private ClientCache clients;
    private DeployViewModel model;
    private DeployView view;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("deploy-view");
        stub = new LoopbackAwsStub(LoopbackAwsStub.BY_ACTION_OR_PATH);
        clients = new ClientCache(AwsWire.target(stub, home));
        Path template = Files.writeString(home.resolve("switchboard.template.yaml"), "Resources: {}\n");
        Path jar = Files.write(home.resolve("switchboard-lambdas.jar"), new byte[4096]);
        Session session = new Session(clients.target(), "dev · eu-west-1", Map.of(), clients, CallPlayer.NONE);
        model = new DeployViewModel(tasks, new SimpleObjectProperty<>(session), new SandboxProvisioning(FXCollections.observableArrayList(),
                new SimpleDoubleProperty(), FXCollections.observableArrayList()), new DeployInputs(() -> template, () -> jar),
                new PollSchedule(Duration.ofMillis(10), Duration.ofMillis(40), d -> Thread.sleep(d.toMillis())));
        view = new DeployView(model);
        Scene scene = new Scene(view, 1260, 780);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(DeployView.class.getResource("/io/switchboard/desktop/ui/switchboard.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        tasks.close();
        clients.close();
        stub.close();
    }

    @Test
    void update_showsThePreviewForConfirmation_thenTheFailedResourceAndTheRollback(FxRobot robot) throws Exception {
        String bucket = "/switchboard-artifacts-123456789012-eu-west-1";
        Timeline events = new Timeline()
                .stackEvent("UPDATE_COMPLETE", null)
                .stackEvent("UPDATE_IN_PROGRESS", "User Initiated")
                .event("VanityFunction", FUNCTION, "UPDATE_FAILED", "Resource handler returned message: \"Memory size 99 is invalid\"")
                .stackEvent("UPDATE_ROLLBACK_IN_PROGRESS", "The following resource(s) failed to update: [VanityFunction].")
                .event("VanityFunction", FUNCTION, "UPDATE_COMPLETE")
                .stackEvent("UPDATE_ROLLBACK_COMPLETE", null);
        stub.on("GetCallerIdentity", AwsWire.callerIdentity())
                .on("GET /instance", instances(null, instance("11111111-2222-3333-4444-555555555555", "acme-support", "ACTIVE")))
                .on("DescribeStacks", stack("UPDATE_COMPLETE", Map.of("CallRetentionDays", "90"),
                        Map.of("CallsTableName", "switchboard-calls")))
                .on("PUT " + bucket, Reply.empty(200)).on("PUT " + bucket + "?versioning", Reply.empty(200))
                .on("PUT " + bucket + "?encryption", Reply.empty(200)).on("PUT " + bucket + "?publicAccessBlock", Reply.empty(200))
                .on("CreateChangeSet", changeSetCreated())
                .on("DescribeChangeSet", changeSet("CREATE_COMPLETE", "AVAILABLE", null, null,
                        modify("VanityFunction", FUNCTION, "MemorySize", "Never", "False"),
                        modify("VanityVersion", "AWS::Lambda::Version", "Description", "Always", "True"),
                        remove("OldTable", "AWS::DynamoDB::Table")))
                .on("ExecuteChangeSet", ok("ExecuteChangeSet", ""))
                .on("DescribeStackEvents", events.upTo(1), events.upTo(3), events.upTo(6));
        // any HEAD of the jar: "already uploaded"
        stub.on("HEAD " + bucket + "/switchboard-lambdas-" + sha256Prefix() + ".jar", new Reply(200, "", Map.of("Content-Length", "4096")));

        robot.interact(model::shown);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.stackExists().get() && model.form().instances().size() == 2);
        robot.clickOn("#deploy-start");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.stage().get() == DeployViewModel.Stage.PREVIEW);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<PlannedChange> changes = robot.lookup("#deploy-changes").queryTableView();
        assertThat(changes.getItems()).extracting(PlannedChange::logicalId).containsExactly("VanityFunction", "VanityVersion", "OldTable");
        snapshot(robot, "deploy-aws-preview.png");

        robot.clickOn("#deploy-confirm");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.stage().get() == DeployViewModel.Stage.FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        Label failed = robot.lookup("#deploy-failed-resource").query();
        assertThat(failed.getText()).isEqualTo("VanityFunction (AWS::Lambda::Function) failed");
        assertThat(failed.isVisible()).isTrue();
        TableView<StackEventRecord> table = robot.lookup("#deploy-events").queryTableView();
        assertThat(table.getItems()).extracting(StackEventRecord::status).contains("UPDATE_FAILED", "UPDATE_ROLLBACK_COMPLETE");
        snapshot(robot, "deploy-aws-failed.png");
    }

    /** Keeps a picture of the page in target/ for a person to look at; asserts nothing. */
    @Test
    void businessWordsField_saysInlineWhatIsWrong_andClearsWhenFixed(FxRobot robot) {
        robot.clickOn("#deploy-business-words").write("ACME, 3M");
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#deploy-business-words").queryAs(javafx.scene.control.TextField.class)
                .getParent().getChildrenUnmodifiable().stream().filter(Label.class::isInstance).map(Label.class::cast)
                .findFirst().orElseThrow();
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Business word \"3M\" has '3': letters only (no digits, spaces or punctuation).");
        assertThat(model.form().valid().get()).isFalse();

        robot.eraseText(2).write("FEDEX");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(message.isVisible()).isFalse();
        assertThat(model.form().parameters()).containsEntry("VanityExtraWords", "ACME,FEDEX");
    }

    private void snapshot(FxRobot robot, String name) throws Exception {
        var holder = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> holder[0] = view.snapshot(null, null));
        Path out = Path.of("target", name);
        ImageIO.write(SwingFXUtils.fromFXImage(holder[0], null), "png", out.toFile());
    }

    private static String sha256Prefix() throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(new byte[4096])).substring(0, 16);
    }
}
