package io.switchboard.desktop.deploy;

import io.switchboard.desktop.ui.StyleClasses;
import io.switchboard.stack.deploy.PlannedChange;
import io.switchboard.stack.deploy.StackEventRecord;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;

/** The Deploy page's three tables: planned changes, stack events, outputs. */
final class DeployTables {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private DeployTables() {
    }

    static TableView<PlannedChange> changes(ObservableList<PlannedChange> rows) {
        TableView<PlannedChange> table = table(rows, "deploy-changes", "No changes.");
        table.getColumns().add(fixed(column("Action", c -> c.action().name().toLowerCase(), 76)));
        table.getColumns().add(column("Logical id", PlannedChange::logicalId, 220));
        table.getColumns().add(column("Type", PlannedChange::resourceType, 240));
        table.getColumns().add(fixed(column("Replacement", c -> c.action() == PlannedChange.Action.MODIFY
                ? c.replacement().name().toLowerCase() : "", 110)));
        table.getColumns().add(column("Changes", PlannedChange::details, 260));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PlannedChange change, boolean empty) {
                super.updateItem(change, empty);
                boolean destructive = !empty && change != null && (change.action() == PlannedChange.Action.REMOVE
                        || change.replacement() == PlannedChange.Replacement.TRUE && change.action() == PlannedChange.Action.MODIFY);
                getStyleClass().remove(StyleClasses.FAILED);
                if (destructive) {
                    getStyleClass().add(StyleClasses.FAILED);
                }
            }
        });
        return table;
    }

    /**
     * Stack events, newest first as CloudFormation lists them; failures in red, the stack's successful end in
     * green. A reason too long for its cell shows whole in the cell's tooltip.
     */
    static TableView<StackEventRecord> events(ObservableList<StackEventRecord> oldestFirst) {
        ObservableList<StackEventRecord> rows = FXCollections.observableArrayList();
        Runnable newestFirst = () -> {
            List<StackEventRecord> copy = new ArrayList<>(oldestFirst);
            Collections.reverse(copy);
            rows.setAll(copy);
        };
        newestFirst.run();
        TableView<StackEventRecord> table = table(rows, "deploy-events", "No stack events yet.");
        // The listener lives as long as the table: the table keeps the only reference to it.
        javafx.collections.ListChangeListener<StackEventRecord> follow = change -> {
            newestFirst.run();
            if (!rows.isEmpty()) {
                table.scrollTo(0);
            }
        };
        table.getProperties().put("newest-first", follow);
        oldestFirst.addListener(new javafx.collections.WeakListChangeListener<>(follow));
        table.getColumns().add(fixed(column("Time", e -> TIME.format(e.timestamp()), 76)));
        table.getColumns().add(column("Logical id", StackEventRecord::logicalId, 200));
        table.getColumns().add(column("Type", StackEventRecord::resourceType, 220));
        table.getColumns().add(fixed(column("Status", StackEventRecord::status, 230)));
        TableColumn<StackEventRecord, String> reason = column("Reason", StackEventRecord::reason, 360);
        reason.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                if (empty || text == null || text.isBlank()) {
                    setTooltip(null);
                } else {
                    Tooltip whole = new Tooltip(text);
                    whole.setWrapText(true);
                    whole.setMaxWidth(640);
                    whole.setShowDuration(javafx.util.Duration.INDEFINITE);
                    setTooltip(whole);
                }
            }
        });
        table.getColumns().add(reason);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StackEventRecord event, boolean empty) {
                super.updateItem(event, empty);
                getStyleClass().removeAll(StyleClasses.FAILED, StyleClasses.PASSED);
                if (!empty && event != null && event.isFailure()) {
                    getStyleClass().add(StyleClasses.FAILED);
                } else if (!empty && event != null && event.isAboutStack() && event.status().endsWith("_COMPLETE")
                        && !event.status().contains("ROLLBACK")) {
                    getStyleClass().add(StyleClasses.PASSED);
                }
            }
        });
        return table;
    }

    /** Outputs: select rows and press Ctrl+C (or right-click) to copy "key = value" lines, or just the value. */
    static TableView<OutputRow> outputs(ObservableList<OutputRow> rows) {
        TableView<OutputRow> table = table(rows, "deploy-outputs", "No outputs yet.");
        table.getColumns().add(column("Output", OutputRow::key, 220));
        table.getColumns().add(column("Value", OutputRow::value, 560));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        MenuItem copyValue = new MenuItem("Copy value");
        copyValue.setOnAction(e -> copy(table.getSelectionModel().getSelectedItems().stream().map(OutputRow::value).toList()));
        MenuItem copyLines = new MenuItem("Copy as key = value");
        copyLines.setOnAction(e -> copy(lines(table.getSelectionModel().getSelectedItems())));
        table.setContextMenu(new ContextMenu(copyValue, copyLines));
        table.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                copy(table.getSelectionModel().getSelectedItems().size() == 1
                        ? List.of(table.getSelectionModel().getSelectedItem().value())
                        : lines(table.getSelectionModel().getSelectedItems()));
            }
        });
        return table;
    }

    static void copyAll(List<OutputRow> rows) {
        copy(lines(rows));
    }

    private static List<String> lines(List<OutputRow> rows) {
        return rows.stream().map(r -> r.key() + " = " + r.value()).toList();
    }

    private static void copy(List<String> lines) {
        if (!lines.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(lines.stream().collect(Collectors.joining("\n")));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private static <T> TableView<T> table(ObservableList<T> rows, String id, String placeholder) {
        TableView<T> table = new TableView<>(rows);
        table.setId(id);
        table.setPlaceholder(new Label(placeholder));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** A column that keeps its width: times and statuses are short and must stay readable. */
    private static <T> TableColumn<T, String> fixed(TableColumn<T, String> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
