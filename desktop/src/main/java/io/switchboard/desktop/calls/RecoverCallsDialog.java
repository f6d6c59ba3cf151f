package io.switchboard.desktop.calls;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Says what "Recover unsaved calls" does and asks how many days back to search. Layout only. */
final class RecoverCallsDialog extends Dialog<Integer> {
    RecoverCallsDialog(Window owner, String logGroup) {
        initOwner(owner);
        setTitle("Recover unsaved calls");
        setHeaderText("Write back the calls the call log missed");
        Label explanation = new Label("When DynamoDB fails, the vanity function still answers the caller and logs the"
                + " whole call record instead. This searches " + logGroup + " in CloudWatch Logs for those records and"
                + " writes them to the call log. Calls already there are counted and left alone, so running it again is safe.");
        explanation.setWrapText(true);
        explanation.setPrefWidth(440);
        Spinner<Integer> days = new Spinner<>(1, UnsavedCallsRecovery.MAX_DAYS, UnsavedCallsRecovery.DEFAULT_DAYS);
        days.setId("recover-days");
        days.setEditable(true);
        days.setPrefWidth(100);
        Label hint = new Label("days back (the log group keeps 30 days unless the stack's LogRetentionDays says otherwise)");
        hint.setWrapText(true);
        HBox window = new HBox(8, days, hint);
        window.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getDialogPane().setContent(new VBox(12, explanation, window));
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(recover, ButtonType.CANCEL);
        setResultConverter(button -> button == recover ? days.getValue() : null);
    }
}
