package io.switchboard.desktop.replay;

import io.switchboard.desktop.connect.ConnectLimits;
import io.switchboard.desktop.connect.EventTemplates;
import io.switchboard.desktop.ui.InlineMessage;
import io.switchboard.desktop.ui.StyleClasses;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Replay's Invoke tab: template library, event editor with validation, invoke, response with Connect's checks. Layout only. */
final class InvokePane extends VBox {
    InvokePane(ReplayViewModel model) {
        super(12);
        setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        ListView<EventTemplates.Template> library = new ListView<>(model.templates());
        library.getSelectionModel().select(model.template().get());
        library.getSelectionModel().selectedItemProperty().addListener((o, a, chosen) -> model.template().set(chosen));
        // Every template in view: as tall as its rows, no scroll bar.
        library.setFixedCellSize(30);
        library.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(model.templates()).multiply(30).add(4));
        library.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField caller = new TextField();
        caller.textProperty().bindBidirectional(model.caller());
        TextArea parameters = new TextArea();
        parameters.textProperty().bindBidirectional(model.parameters());
        parameters.setPrefRowCount(4);
        parameters.getStyleClass().add(StyleClasses.MONO);
        Button apply = new Button("Apply to event ↴");
        apply.setOnAction(e -> model.applyFields());
        ComboBox<String> function = new ComboBox<>(model.functionNames());
        function.valueProperty().bindBidirectional(model.function());
        Button invoke = new Button("Invoke");
        invoke.setId("invoke");
        invoke.setDefaultButton(true);
        invoke.disableProperty().bind(model.running().or(model.validation().isNotEmpty()));
        invoke.setOnAction(e -> model.invoke());
        VBox fields = new VBox(6, label("Templates"), library, label("Caller number"), caller,
                label("Parameters (name=value per line)"), parameters, apply, label("Function"), function, invoke);
        fields.setPrefWidth(300);
        fields.setMinWidth(260);

        TextArea editor = new TextArea();
        editor.setId("event-editor");
        editor.getStyleClass().add(StyleClasses.MONO);
        editor.textProperty().bindBidirectional(model.event());
        editor.setWrapText(true); // a long ARN wraps instead of hiding behind a sideways scroll bar
        VBox.setVgrow(editor, Priority.ALWAYS);
        InlineMessage invalid = new InlineMessage(model.validation());
        invalid.setId("event-validation");
        // The message wraps within the editor's width; it never widens the column and squeezes the Response.
        invalid.setPrefWidth(0);
        invalid.setMinWidth(0);
        invalid.setMaxWidth(Double.MAX_VALUE);
        VBox eventBox = new VBox(6, label("Event (JSON)"), editor, invalid);
        eventBox.setMinWidth(0);
        HBox.setHgrow(eventBox, Priority.ALWAYS);

        Label duration = new Label();
        duration.textProperty().bind(model.duration());
        duration.getStyleClass().add(StyleClasses.BADGE);
        duration.visibleProperty().bind(model.duration().isNotEmpty());
        VBox result = new VBox(6, new HBox(8, label("Response"), duration), responseTable(model), label("Connect's limits"),
                checksTable(model), saveCase(model));
        result.setPrefWidth(430);
        result.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        HBox body = new HBox(16, fields, eventBox, result);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(new InlineMessage(model.problem()), body);
    }

    private static VBox saveCase(ReplayViewModel model) {
        TextField name = new TextField();
        name.setId("invoke-case-name");
        name.setPromptText("Test case name");
        name.textProperty().bindBidirectional(model.caseName());
        TextArea expect = new TextArea();
        expect.setPrefRowCount(2);
        expect.setPromptText("Expected values, name=value per line, e.g. status=OK");
        expect.getStyleClass().add(StyleClasses.MONO);
        expect.textProperty().bindBidirectional(model.expectPairs());
        TextField maxMillis = new TextField();
        maxMillis.setPrefColumnCount(6);
        maxMillis.textProperty().bindBidirectional(model.expectMaxMillis());
        Button save = new Button("Save as test case");
        save.setId("invoke-save-case");
        save.setOnAction(e -> model.saveAsCase());
        HBox limit = new HBox(8, label("Within (ms)"), maxMillis, save);
        limit.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(6, label("Save as test case"), name, expect, limit);
    }

    private static TableView<ReplayViewModel.ResponseRow> responseTable(ReplayViewModel model) {
        TableView<ReplayViewModel.ResponseRow> table = new TableView<>(model.response());
        table.setId("response-table");
        table.setPlaceholder(new Label("Invoke to see what the flow would get back."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Key", ReplayViewModel.ResponseRow::key));
        table.getColumns().add(wrapping(column("Value", ReplayViewModel.ResponseRow::value)));
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private static TableView<ConnectLimits.Check> checksTable(ReplayViewModel model) {
        TableView<ConnectLimits.Check> table = new TableView<>(model.checks());
        table.setId("checks-table");
        table.setPrefHeight(150);
        Label placeholder = new Label("Size (32 KB), STRING_MAP and time (3 s / 8 s) are checked after each invoke.");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ConnectLimits.Check, String> rule = column("Check", c -> (c.passed() ? "✔ " : "✘ ") + c.rule());
        rule.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().removeAll(StyleClasses.PASSED, StyleClasses.FAILED);
                if (!empty && item != null) {
                    getStyleClass().add(item.startsWith("✔") ? StyleClasses.PASSED : StyleClasses.FAILED);
                }
            }
        });
        rule.setMinWidth(120);
        rule.setMaxWidth(130);
        table.getColumns().add(rule);
        table.getColumns().add(wrapping(column("Detail", ConnectLimits.Check::detail)));
        return table;
    }

    private static <R> TableColumn<R, String> column(String title, java.util.function.Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** Cells that wrap their text onto more lines (the row grows) instead of cutting it with an ellipsis. */
    private static <R> TableColumn<R, String> wrapping(TableColumn<R, String> column) {
        column.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add(StyleClasses.CELL_TEXT);
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty ? null : item);
                setGraphic(empty || item == null ? null : text);
                setText(null);
            }
        });
        return column;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(StyleClasses.HINT);
        return label;
    }
}
