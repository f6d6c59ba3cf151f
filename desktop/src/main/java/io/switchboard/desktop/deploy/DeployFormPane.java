package io.switchboard.desktop.deploy;

import io.switchboard.desktop.ui.InlineMessage;
import io.switchboard.desktop.ui.StyleClasses;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The template's parameters, each field with its inline message. Layout only. */
final class DeployFormPane extends GridPane {
    private int row;

    DeployFormPane(DeployViewModel model) {
        DeployForm form = model.form();
        setHgap(12);
        setVgap(6);
        TextField stackName = field("deploy-stack-name", form.stackName().get());
        stackName.textProperty().bindBidirectional(form.stackName());
        stackName.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                model.refresh();
            }
        });
        ComboBox<InstanceChoice> instance = new ComboBox<>(form.instances());
        instance.setId("deploy-instance");
        instance.valueProperty().bindBidirectional(form.instance());
        instance.setPrefWidth(320);
        TextField queue = field("deploy-transfer-queue", "");
        queue.setPromptText("empty: no transfer unless the contact names a queue");
        queue.textProperty().bindBidirectional(form.transferQueueArn());
        TextField wrapped = field("deploy-wrapped-function", "");
        wrapped.setPromptText("empty: wrap the demo slow lookup");
        wrapped.textProperty().bindBidirectional(form.wrappedFunctionArn());
        TextField callDays = field("deploy-call-retention", "");
        callDays.textProperty().bindBidirectional(form.callRetentionDays());
        ComboBox<Integer> logDays = new ComboBox<>(form.logRetentionChoices());
        logDays.setId("deploy-log-retention");
        logDays.valueProperty().bindBidirectional(form.logRetentionDays());
        TextField delay = field("deploy-slow-lookup", "");
        delay.textProperty().bindBidirectional(form.slowLookupDelayMs());
        TextField words = field("deploy-business-words", "");
        words.setPromptText("e.g. ACME,FEDEX: brands, products, places");
        words.textProperty().bindBidirectional(form.vanityExtraWords());

        add("Stack name", stackName, form.stackNameError(), null);
        add("Connect instance", instance, form.instanceError(), hints(model.instancesNote(), model.instancesProblem()));
        add("Transfer queue ARN (optional)", queue, form.transferQueueArnError(), null);
        add("Wrapped function ARN", wrapped, form.wrappedFunctionArnError(), null);
        add("Call retention (days)", callDays, form.callRetentionDaysError(), null);
        add("Log retention (days)", logDays, form.logRetentionDaysError(), null);
        add("Slow lookup delay (ms)", delay, form.slowLookupDelayMsError(), null);
        add("Business words (optional)", words, form.vanityExtraWordsError(), null);
    }

    private void add(String label, Node field, ObservableStringValue error, Node below) {
        VBox cell = new VBox(4, field, new InlineMessage(error));
        if (below != null) {
            cell.getChildren().add(below);
        }
        Label name = new Label(label);
        GridPane.setValignment(name, javafx.geometry.VPos.TOP);
        name.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
        addRow(row++, name, cell);
    }

    private static Node hints(ObservableStringValue note, ObservableStringValue problem) {
        Label hint = new Label();
        hint.getStyleClass().add(StyleClasses.HINT);
        hint.setWrapText(true);
        hint.setMaxWidth(320);
        hint.textProperty().bind(note);
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        InlineMessage error = new InlineMessage(problem);
        error.setMaxWidth(320);
        error.setId("deploy-instances-problem");
        return new VBox(4, hint, error);
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefWidth(320);
        return field;
    }
}
