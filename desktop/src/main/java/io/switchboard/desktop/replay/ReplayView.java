package io.switchboard.desktop.replay;

import io.switchboard.desktop.ui.PageHeader;
import io.switchboard.desktop.ui.StyleClasses;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Replay: invoke one function with an event, play a whole call through a flow, run saved test cases. Layout only. */
public final class ReplayView extends VBox {
    public ReplayView(ReplayViewModel model) {
        getStyleClass().add(StyleClasses.PAGE);
        Tab invoke = new Tab("Invoke", new InvokePane(model));
        invoke.setId("replay-invoke-tab");
        Tab play = new Tab("Play a call", new PlayPane(model.play()));
        play.setId("replay-play-tab");
        Tab cases = new Tab("Test cases", new TestCasesPane(model.cases()));
        cases.setId("replay-cases-tab");
        TabPane tabs = new TabPane(invoke, play, cases);
        tabs.setId("replay-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        java.util.Map<String, Tab> byName = java.util.Map.of("invoke", invoke, "play", play, "cases", cases);
        tabs.getSelectionModel().select(byName.getOrDefault(model.tab().get(), invoke));
        model.tab().addListener((o, a, name) -> tabs.getSelectionModel().select(byName.getOrDefault(name, invoke)));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            byName.forEach((name, tab) -> {
                if (tab == now) {
                    model.tab().set(name);
                }
            });
            if (now == cases) {
                model.cases().reload();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(new PageHeader("Replay"), tabs);
    }
}
