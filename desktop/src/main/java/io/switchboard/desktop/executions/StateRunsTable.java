package io.switchboard.desktop.executions;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import io.switchboard.desktop.ui.StyleClasses;

/** The Step Functions console's table view: one row per state entered, with its type, status, start and duration. */
final class StateRunsTable extends TableView<StateRuns.Run> {
    StateRunsTable(ExecutionDiagram diagram) {
        super(diagram.runList());
        setId("execution-states");
        Label none = new Label("Select an execution to see each state it ran, with its status and duration.");
        none.setWrapText(true);
        setPlaceholder(none);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ZoneId zone = ZoneId.systemDefault();
        getColumns().add(column("State", StateRuns.Run::state));
        getColumns().add(column("Type", r -> diagram.typeOf(r.state()).isEmpty() ? r.type() : diagram.typeOf(r.state())));
        getColumns().add(column("Status", r -> StateGraphView.words(r.status())));
        getColumns().add(column("Started", r -> r.start() == null ? "" : r.start().atZone(zone).toLocalTime().toString()));
        getColumns().add(column("Duration", r -> ElapsedText.of(r.duration(Instant.now())) + (r.end() == null ? " (running)" : "")));
        getColumns().add(column("Retries", r -> Integer.toString(r.retries())));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StateRuns.Run item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(StyleClasses.FAILED);
                if (!empty && item != null && item.status() == StateRuns.Status.FAILED) {
                    getStyleClass().add(StyleClasses.FAILED);
                }
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, a, run) -> {
            if (run != null) {
                diagram.selectedState().set(run.state());
            }
        });
    }

    private static TableColumn<StateRuns.Run, String> column(String title, Function<StateRuns.Run, String> value) {
        TableColumn<StateRuns.Run, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
