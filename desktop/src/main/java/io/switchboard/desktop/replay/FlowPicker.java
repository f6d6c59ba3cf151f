package io.switchboard.desktop.replay;

import atlantafx.base.theme.Styles;
import io.switchboard.desktop.ui.InlineMessage;
import io.switchboard.desktop.ui.StyleClasses;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** Play's flow choice: the list, Open file…, Open folder…, Recent, and why a file cannot be played. Layout only. */
final class FlowPicker extends VBox {
    FlowPicker(PlayFlows model) {
        super(6);
        ComboBox<String> flow = new ComboBox<>(model.choices());
        flow.setId("play-flow");
        flow.setMaxWidth(Double.MAX_VALUE);
        flow.setConverter(new StringConverter<>() {
            @Override
            public String toString(String source) {
                return FlowSource.label(source);
            }

            @Override
            public String fromString(String label) {
                return label;
            }
        });
        flow.valueProperty().bindBidirectional(model.selected());
        Tooltip path = new Tooltip();
        path.textProperty().bind(model.selected());
        flow.setTooltip(path);

        Button openFile = new Button("File…");
        openFile.setId("play-open-file");
        openFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a flow (Flow Language or DescribeContactFlow .json)");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Flow files (*.json)", "*.json"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            startIn(model).ifPresent(chooser::setInitialDirectory);
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                model.openFile(file.toPath());
            }
        });
        Button openFolder = new Button("Folder…");
        openFolder.setId("play-open-folder");
        openFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open a folder of flows (*.json)");
            startIn(model).ifPresent(chooser::setInitialDirectory);
            File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                model.openFolder(folder.toPath());
            }
        });
        MenuButton recent = new MenuButton("Recent");
        recent.setId("play-recent");
        recent.disableProperty().bind(Bindings.isEmpty(model.recent()));
        Runnable fill = () -> recent.getItems().setAll(model.recent().stream().map(entry -> {
            MenuItem item = new MenuItem(entry.path().getFileName() + (entry.folder() ? File.separator : "") + "   " + entry.path());
            item.setOnAction(e -> model.open(entry));
            return item;
        }).toList());
        fill.run();
        model.recent().addListener((ListChangeListener<RecentFlows.Entry>) c -> fill.run());
        for (var button : List.of(openFile, openFolder, recent)) {
            button.getStyleClass().add(Styles.SMALL);
        }
        // The list cuts long file names; the whole name and its folder stay readable underneath.
        Label where = new Label();
        where.setId("play-flow-file");
        where.getStyleClass().add(StyleClasses.HINT);
        where.setWrapText(true);
        where.textProperty().bind(Bindings.createStringBinding(() -> FlowSource.where(model.selected().get()), model.selected()));
        where.visibleProperty().bind(where.textProperty().isNotEmpty());
        where.managedProperty().bind(where.visibleProperty());
        Label open = new Label("Open");
        open.getStyleClass().add(StyleClasses.HINT);
        HBox buttons = new HBox(6, open, openFile, openFolder, recent);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(flow, where, buttons, new InlineMessage(model.problem()));
    }

    /** The folder of the newest recent file, or the newest recent folder, when it is still there. */
    private static java.util.Optional<File> startIn(PlayFlows model) {
        return model.recent().stream().findFirst()
                .map(entry -> entry.folder() ? entry.path() : entry.path().getParent())
                .filter(Files::isDirectory).map(Path::toFile);
    }
}
