package io.switchboard.desktop.deploy;

import io.switchboard.desktop.deploy.DeployViewModel.Stage;
import io.switchboard.desktop.ui.InlineMessage;
import io.switchboard.desktop.ui.PageHeader;
import io.switchboard.desktop.ui.StyleClasses;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Deploy. AWS: the parameters form, then the change set preview, live stack events with progress,
 * and the outputs or the failure. Sandbox: the local cloud's provisioning through the same progress
 * bar and event table. Layout only.
 */
public final class DeployView extends VBox {
    public DeployView(DeployViewModel model) {
        getStyleClass().add(StyleClasses.PAGE);
        ObservableBooleanValue aws = model.sandboxMode().not();
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> model.refresh());
        Button delete = new Button("Delete stack…");
        delete.setId("deploy-delete");
        delete.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        delete.setOnAction(e -> confirmDelete(model));
        delete.disableProperty().bind(model.running().or(model.stackExists().not()));
        showIf(refresh, aws);
        showIf(delete, aws);
        Button redeploy = new Button("Redeploy");
        redeploy.setId("sandbox-redeploy");
        redeploy.setOnAction(e -> confirm("Redeploy the sandbox?", DeployViewModel.REDEPLOY_WARNING, model::redeploySandbox));
        Button reset = new Button("Reset sandbox…");
        reset.setId("sandbox-reset");
        reset.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        reset.setOnAction(e -> confirm("Reset the sandbox?", DeployViewModel.RESET_WARNING, model::resetSandbox));
        javafx.beans.binding.BooleanBinding noSandbox = model.sandboxReady().not();
        redeploy.disableProperty().bind(noSandbox);
        reset.disableProperty().bind(noSandbox);
        showIf(redeploy, model.sandboxMode());
        showIf(reset, model.sandboxMode());

        Label where = new Label();
        where.setId("deploy-stack-status");
        where.textProperty().bind(model.stackStatus());
        where.getStyleClass().add(StyleClasses.BADGE);
        Label sandboxNote = new Label("The sandbox provisions the stack (template.yaml) locally each time Switchboard starts:"
                + " nothing is deployed to AWS. Connect to an AWS profile in Settings to deploy there.");
        sandboxNote.setWrapText(true);
        sandboxNote.getStyleClass().add(StyleClasses.HINT);
        showIf(sandboxNote, model.sandboxMode());

        Button deploy = new Button("Deploy");
        deploy.setId("deploy-start");
        deploy.setDefaultButton(true);
        deploy.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        deploy.setOnAction(e -> model.deploy());
        deploy.disableProperty().bind(model.running().or(model.form().valid().not())
                .or(model.stage().isEqualTo(Stage.PREVIEW)));
        VBox formBox = new VBox(12, new DeployFormPane(model), deploy);
        ScrollPane formScroll = new ScrollPane(formBox);
        formScroll.setFitToWidth(true);
        formScroll.setMinWidth(500);
        formScroll.setMaxWidth(540);

        // While the change set waits for confirmation, its rows get the room; events and outputs come after.
        VBox eventsAndOutputs = new VBox(10, section("Stack events"), eventsTable(model), section("Outputs"), outputsBox(model));
        VBox.setVgrow(eventsAndOutputs, Priority.ALWAYS);
        showIf(eventsAndOutputs, model.stage().isNotEqualTo(Stage.PREVIEW));
        VBox work = new VBox(10, progressRow(model), new InlineMessage(model.problem()), previewBox(model),
                failureBox(model), resultLabel(model), eventsAndOutputs);
        HBox body = new HBox(16, formScroll, work);
        HBox.setHgrow(work, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        model.sandboxMode().addListener((o, was, sandbox) -> showForm(body, formScroll, !sandbox));
        showForm(body, formScroll, !model.sandboxMode().get());

        getChildren().addAll(new PageHeader("Deploy", refresh, delete, redeploy, reset), where, sandboxNote, body);
    }

    private static Node progressRow(DeployViewModel model) {
        ProgressBar bar = new ProgressBar();
        bar.setId("deploy-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(model.progress());
        Label text = new Label();
        text.setId("deploy-progress-text");
        text.textProperty().bind(model.progressText());
        Button cancel = new Button("Cancel");
        cancel.setId("deploy-cancel");
        cancel.setOnAction(e -> model.cancel());
        showIf(cancel, model.running());
        HBox row = new HBox(10, bar, cancel, text);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return row;
    }

    private static Node previewBox(DeployViewModel model) {
        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(model.previewSummary());
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TableView<io.switchboard.stack.deploy.PlannedChange> table = DeployTables.changes(model.changes());
        table.setMinHeight(180);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button confirm = new Button("Confirm and deploy");
        confirm.setId("deploy-confirm");
        confirm.getStyleClass().add(atlantafx.base.theme.Styles.SUCCESS);
        confirm.setOnAction(e -> model.confirm());
        Button discard = new Button("Cancel (discard change set)");
        discard.setId("deploy-discard");
        discard.setOnAction(e -> model.discard());
        VBox box = new VBox(8, section("Change set — review before it runs"), summary, table, new HBox(8, confirm, discard));
        VBox.setVgrow(box, Priority.ALWAYS);
        showIf(box, model.stage().isEqualTo(Stage.PREVIEW));
        return box;
    }

    private static Node failureBox(DeployViewModel model) {
        Label title = new Label();
        title.setId("deploy-failed-resource");
        title.textProperty().bind(model.failedResource());
        title.getStyleClass().add(StyleClasses.FAILED);
        Label reason = new Label();
        reason.setWrapText(true);
        reason.textProperty().bind(model.failureReason());
        Label rollback = new Label();
        rollback.setWrapText(true);
        rollback.textProperty().bind(model.rollbackOutcome());
        VBox box = new VBox(4, title, reason, rollback);
        box.getStyleClass().add(StyleClasses.INLINE_ERROR);
        showIf(box, model.stage().isEqualTo(Stage.FAILED));
        return box;
    }

    private static Node resultLabel(DeployViewModel model) {
        Label result = new Label();
        result.setId("deploy-result");
        result.setWrapText(true);
        result.textProperty().bind(model.result());
        result.getStyleClass().add(StyleClasses.HINT);
        showIf(result, result.textProperty().isNotEmpty().and(model.stage().isNotEqualTo(Stage.FAILED)));
        return result;
    }

    private static Node eventsTable(DeployViewModel model) {
        TableView<io.switchboard.stack.deploy.StackEventRecord> events = DeployTables.events(model.events());
        VBox.setVgrow(events, Priority.ALWAYS);
        events.setMinHeight(160);
        return events;
    }

    private static Node outputsBox(DeployViewModel model) {
        TableView<OutputRow> outputs = DeployTables.outputs(model.outputs());
        outputs.setPrefHeight(200);
        outputs.setMinHeight(120);
        Button copyAll = new Button("Copy all outputs");
        copyAll.setOnAction(e -> DeployTables.copyAll(model.outputs()));
        copyAll.disableProperty().bind(Bindings.isEmpty(model.outputs()));
        Label hint = new Label("Select rows and press Ctrl+C, or right-click, to copy.");
        hint.getStyleClass().add(StyleClasses.HINT);
        HBox actions = new HBox(8, copyAll, hint);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(6, outputs, actions);
    }

    private static void confirmDelete(DeployViewModel model) {
        String stack = model.form().stackName().get().trim();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Delete stack " + stack + ": its"
                + " functions, state machine and contact flows?\n\nThe call log and async results tables are kept with their"
                + " calls (delete them in DynamoDB when no longer needed), unless the stack was deployed with"
                + " RetainTablesOnDelete=false: then they are deleted too.\n\n"
                + "This cannot be undone.", ButtonType.CANCEL, ButtonType.OK);
        ask.setHeaderText("Delete " + stack + "?");
        ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.delete());
    }

    private static void confirm(String title, String warning, Runnable action) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, warning, ButtonType.CANCEL, ButtonType.OK);
        ask.setHeaderText(title);
        ask.getDialogPane().setId("sandbox-confirm");
        ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> action.run());
    }

    private static void showForm(HBox body, Node form, boolean show) {
        form.setVisible(show);
        form.setManaged(show);
    }

    private static Label section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
        return label;
    }

    private static void showIf(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
