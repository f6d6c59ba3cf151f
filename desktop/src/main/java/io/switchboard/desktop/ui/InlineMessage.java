package io.switchboard.desktop.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** A label that shows a problem in words right where it happened and hides when there is none. */
public final class InlineMessage extends Label {
    public InlineMessage(ObservableStringValue message) {
        getStyleClass().add(StyleClasses.INLINE_ERROR);
        setWrapText(true);
        textProperty().bind(message);
        visibleProperty().bind(textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
