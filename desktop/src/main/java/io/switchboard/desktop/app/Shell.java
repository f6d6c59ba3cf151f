package io.switchboard.desktop.app;

import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.ui.StyleClasses;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.value.ObservableStringValue;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's frame: navigation rail on the left, the current page, a status bar below. */
final class Shell extends BorderPane {
    private final List<Page> pages;
    private final ToggleGroup rail = new ToggleGroup();
    private final StackPane content = new StackPane();
    private Page current;

    Shell(List<Page> pages, ObservableStringValue connection, TaskExecutor tasks) {
        this.pages = pages;
        VBox railBox = new VBox();
        railBox.getStyleClass().add(StyleClasses.RAIL);
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            ToggleButton button = new ToggleButton(page.title(), new FontIcon(page.icon()));
            button.setId("nav-" + page.title().toLowerCase());
            button.getStyleClass().addAll(StyleClasses.RAIL_BUTTON, atlantafx.base.theme.Styles.FLAT);
            button.setToggleGroup(rail);
            button.setUserData(page);
            button.setTooltip(new Tooltip(page.title() + " (Ctrl+" + (i + 1) + ")"));
            railBox.getChildren().add(button);
        }
        rail.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a rail always has one page selected
            } else {
                show((Page) now.getUserData());
            }
        });
        setLeft(railBox);
        setCenter(content);
        setBottom(statusBar(connection, tasks));
    }

    /**
     * A bar above the pages that shows {@code notice} (what the sandbox's start has to tell about the data
     * folder) while it is not empty, with a Dismiss button that runs {@code dismiss}.
     */
    void showNotices(ObservableStringValue notice, Runnable dismiss) {
        Label text = new Label();
        text.setId("notice-text");
        text.setWrapText(true);
        text.textProperty().bind(notice);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("Dismiss");
        close.setId("notice-dismiss");
        close.setOnAction(e -> dismiss.run());
        HBox bar = new HBox(12, text, close);
        bar.setId("notice-bar");
        bar.getStyleClass().add(StyleClasses.NOTICE_BAR);
        bar.visibleProperty().bind(Bindings.isNotEmpty(notice));
        bar.managedProperty().bind(bar.visibleProperty());
        setTop(bar);
    }

    void select(int index) {
        if (index >= 0 && index < pages.size()) {
            rail.getToggles().get(index).setSelected(true);
        }
    }

    void refreshCurrent() {
        if (current != null) {
            current.model().refresh();
        }
    }

    /** A minimised window shows nothing: its page pauses as if hidden, and refreshes when the window is back. */
    void windowShowing(boolean showing) {
        if (current == null) {
            return;
        }
        if (showing) {
            current.model().shown();
        } else {
            current.model().hidden();
        }
    }

    private void show(Page page) {
        if (current == page) {
            return;
        }
        if (current != null) {
            current.model().hidden();
        }
        current = page;
        content.getChildren().setAll(page.view());
        page.model().shown();
    }

    private static HBox statusBar(ObservableStringValue connection, TaskExecutor tasks) {
        Label where = new Label();
        where.setId("status-connection");
        where.textProperty().bind(Bindings.concat("Connection: ", connection));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(Bindings.isNotEmpty(tasks.activity()));
        Label activity = new Label();
        activity.setId("status-activity");
        activity.textProperty().bind(Bindings.createStringBinding(() -> tasks.activity().isEmpty() ? "Idle"
                : tasks.activity().get(0) + (tasks.activity().size() > 1 ? " (+" + (tasks.activity().size() - 1) + " more)" : "") + "…",
                tasks.activity()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label keys = new Label("Ctrl+1…6 pages · F5 refresh · Ctrl+D theme");
        HBox bar = new HBox(where, spacer, busy, activity, keys);
        bar.getStyleClass().add(StyleClasses.STATUS_BAR);
        return bar;
    }
}
