package io.switchboard.desktop.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A page that says honestly what is not built yet. */
public final class ComingSoon extends VBox implements PageModel {
    public ComingSoon(String title, String what) {
        getStyleClass().add(StyleClasses.PAGE);
        Label text = new Label(what);
        text.setWrapText(true);
        text.getStyleClass().add(StyleClasses.HINT);
        getChildren().addAll(new PageHeader(title), text);
    }
}
