package io.switchboard.desktop.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.Node;

/** A page's title with its actions on the right. */
public final class PageHeader extends HBox {
    public PageHeader(String title, Node... actions) {
        super(8);
        Label label = new Label(title);
        label.getStyleClass().addAll(StyleClasses.PAGE_TITLE, atlantafx.base.theme.Styles.TITLE_3);
        label.setMinWidth(Region.USE_PREF_SIZE); // a narrow window squeezes the actions' text fields, never the title
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(label, spacer);
        getChildren().addAll(actions);
        getStyleClass().add(StyleClasses.TOOLBAR);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }
}
