package io.switchboard.desktop.deploy;

import io.switchboard.desktop.connection.ConnectionManager;
import io.switchboard.desktop.ui.PageHeader;
import io.switchboard.desktop.ui.PageModel;
import io.switchboard.desktop.ui.StyleClasses;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Deploy. In the sandbox: how the local cloud provisioned the stack from template.yaml. Deploying
 * to AWS (change sets, stack events) comes with the stack module's deployer.
 */
public final class DeployView extends VBox implements PageModel {
    public DeployView(ConnectionManager connections) {
        getStyleClass().add(StyleClasses.PAGE);
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(420);
        progress.progressProperty().bind(connections.provisioningProgress());
        ListView<String> log = new ListView<>(connections.provisioning());
        log.getStyleClass().add(StyleClasses.MONO);
        VBox.setVgrow(log, Priority.ALWAYS);
        Label note = new Label("Sandbox: the stack (template.yaml) is provisioned locally each time Switchboard starts. "
                + "Deploying to an AWS account from here is coming: until then use the `switchboard` command line.");
        note.setWrapText(true);
        note.getStyleClass().add(StyleClasses.HINT);
        getChildren().addAll(new PageHeader("Deploy"), note, progress, log);
    }
}
