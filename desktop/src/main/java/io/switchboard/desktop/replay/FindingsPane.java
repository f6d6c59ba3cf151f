package io.switchboard.desktop.replay;

import io.switchboard.desktop.ui.StyleClasses;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The chosen flow's validator findings, beside the transcript. Layout only. */
final class FindingsPane extends VBox {
    FindingsPane(PlayFlows model) {
        super(6);
        Label title = new Label("Validator findings");
        title.getStyleClass().add(StyleClasses.HINT);
        Label summary = new Label();
        summary.setId("play-findings-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.findingsSummary());
        ListView<FindingRow> list = new ListView<>(model.findings());
        list.setId("play-findings");
        list.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.findings()));
        list.managedProperty().bind(list.visibleProperty());
        list.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(FindingRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(StyleClasses.FAILED, StyleClasses.WARNING);
                setText(empty || item == null ? null : item.severity() + " · " + item.where() + "\n" + item.message());
                setTooltip(empty || item == null || item.documentation().isEmpty() ? null : new Tooltip(item.documentation()));
                if (!empty && item != null) {
                    getStyleClass().add(item.error() ? StyleClasses.FAILED : StyleClasses.WARNING);
                }
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, summary, list);
    }
}
