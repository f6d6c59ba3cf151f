package io.switchboard.desktop.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Progress bar, message and Cancel for a page's {@link LongWork}; an inline message if it failed. */
public final class LongWorkBar extends VBox {
    public LongWorkBar(LongWork work) {
        super(4);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(280);
        bar.progressProperty().bind(work.progress());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> work.cancel());
        bar.visibleProperty().bind(work.running());
        cancel.visibleProperty().bind(work.running());
        bar.managedProperty().bind(bar.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Label message = new Label();
        message.textProperty().bind(work.message());
        HBox row = new HBox(8, bar, cancel, message);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.visibleProperty().bind(work.message().isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
        getChildren().addAll(row, new InlineMessage(work.problem()));
    }
}
