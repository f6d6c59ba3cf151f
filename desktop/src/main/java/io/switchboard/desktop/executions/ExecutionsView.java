package io.switchboard.desktop.executions;

import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionEvent;
import io.switchboard.desktop.aws.ExecutionsGateway.StateMachine;
import io.switchboard.desktop.ui.CallerColumn;
import io.switchboard.desktop.ui.InlineMessage;
import io.switchboard.desktop.ui.PageHeader;
import io.switchboard.desktop.ui.StyleClasses;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Executions: state machine and status filter, live table, details (history, timeline, input/output). Layout only. */
public final class ExecutionsView extends VBox {
    public ExecutionsView(ExecutionsViewModel model) {
        getStyleClass().add(StyleClasses.PAGE);
        ComboBox<StateMachine> machine = new ComboBox<>(model.stateMachines());
        machine.valueProperty().bindBidirectional(model.stateMachine());
        machine.setPrefWidth(280);
        ComboBox<String> status = new ComboBox<>(FXCollections.observableArrayList(ExecutionsViewModel.STATUSES));
        status.valueProperty().bindBidirectional(model.status());
        Button stop = new Button("Stop execution");
        stop.setOnAction(e -> {
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    model.stopQuestion(), javafx.scene.control.ButtonType.CANCEL, javafx.scene.control.ButtonType.OK);
            ask.setHeaderText("Stop this execution?");
            ask.showAndWait().filter(javafx.scene.control.ButtonType.OK::equals).ifPresent(ok -> model.stopSelected());
        });
        Button redrive = new Button("Redrive");
        redrive.setId("redrive-execution");
        redrive.setOnAction(e -> {
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    model.redrive().question(), javafx.scene.control.ButtonType.CANCEL, javafx.scene.control.ButtonType.OK);
            ask.setHeaderText("Redrive this execution?");
            ask.showAndWait().filter(javafx.scene.control.ButtonType.OK::equals).ifPresent(ok -> model.redrive().confirmed());
        });
        redrive.disableProperty().bind(model.redrive().offered().not());
        javafx.scene.control.Tooltip redriveTip = new javafx.scene.control.Tooltip();
        redriveTip.textProperty().bind(model.redrive().hint());
        // a disabled button shows no tooltip: the hint sits on a wrapper that stays enabled
        javafx.scene.layout.StackPane redriveHolder = new javafx.scene.layout.StackPane(redrive);
        javafx.scene.control.Tooltip.install(redriveHolder, redriveTip);
        javafx.scene.control.TextField search = new javafx.scene.control.TextField();
        search.setId("executions-search");
        search.setPromptText("Search name, ContactId or caller");
        search.setPrefColumnCount(28);
        Label searchHint = new Label("Callers are searched among those looked up so far (the newest 200 and the rows shown).");
        searchHint.getStyleClass().add(StyleClasses.HINT);
        javafx.scene.layout.HBox searchRow = new javafx.scene.layout.HBox(8, search, searchHint);
        searchRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        search.textProperty().bindBidirectional(model.search());
        Button copy = new Button("Copy ARN");
        copy.setOnAction(e -> {
            if (model.selected().get() != null) {
                ClipboardContent arn = new ClipboardContent();
                arn.putString(model.selected().get().execution().arn());
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(arn);
            }
        });
        Button call = new Button("Open call");
        call.setId("open-call");
        call.setTooltip(new javafx.scene.control.Tooltip("The call this execution belongs to (same ContactId), on the Calls page"));
        call.setOnAction(e -> model.openCall());
        call.disableProperty().bind(model.selected().isNull());
        stop.disableProperty().bind(model.canStop().not());
        copy.disableProperty().bind(model.selected().isNull());

        ZoneId zone = ZoneId.systemDefault();
        TableView<ExecutionRow> table = new TableView<>(model.shownRows());
        table.setId("executions-table");
        Label noRows = new Label();
        noRows.setWrapText(true);
        noRows.setPadding(new javafx.geometry.Insets(12));
        noRows.textProperty().bind(model.emptyText());
        table.setPlaceholder(noRows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Name", r -> r.execution().name()));
        table.getColumns().add(column("ContactId", ExecutionRow::contactId));
        table.getColumns().add(CallerColumn.of(ExecutionRow::caller));
        table.getColumns().add(column("Status", r -> r.execution().status()));
        table.getColumns().add(column("Start", r -> r.start(zone)));
        table.getColumns().add(column("Duration", r -> r.duration(Instant.now())));
        // Rows on screen get their callers first. The table makes cells for those only, plus one hidden
        // cell through which it measures rows anywhere in the list: a row counts when its parent shows.
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ExecutionRow item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && item != null && getParent() != null && getParent().isVisible()) {
                    model.rowShown(item);
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> model.selected().set(row));
        model.selected().addListener((o, a, row) -> {
            if (row != null && row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });

        TableView<ExecutionEvent> history = new TableView<>(model.history());
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.getColumns().add(column("#", e -> Long.toString(e.id())));
        history.getColumns().add(column("Type", ExecutionEvent::type));
        history.getColumns().add(column("State", e -> e.state() == null ? "" : e.state()));
        history.getColumns().add(column("Time", e -> e.timestamp() == null ? "" : e.timestamp().atZone(zone).toLocalTime().toString()));
        history.getColumns().add(column("Detail", e -> e.detail() == null ? "" : e.detail()));
        history.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ExecutionEvent item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(StyleClasses.FAILED);
                if (!empty && item != null && item.isFailure()) {
                    getStyleClass().add(StyleClasses.FAILED);
                }
            }
        });
        history.setId("execution-history");
        history.setPlaceholder(new Label("Select an execution to see its event history."));
        history.getSelectionModel().selectedItemProperty().addListener((o, a, event) -> model.selectedEvent().set(event));
        TextArea eventDetail = new TextArea();
        eventDetail.setId("execution-event-detail");
        eventDetail.setEditable(false);
        eventDetail.setWrapText(true);
        eventDetail.getStyleClass().add(StyleClasses.MONO);
        eventDetail.textProperty().bind(model.selectedEventDetail());
        SplitPane historyWithDetail = new SplitPane(history, eventDetail);
        historyWithDetail.setDividerPositions(0.6);
        TimelineChart timeline = new TimelineChart(model);
        timeline.setId("execution-timeline");
        TextArea stateDetail = new TextArea();
        stateDetail.setId("execution-state-detail");
        stateDetail.setEditable(false);
        stateDetail.setWrapText(true);
        stateDetail.getStyleClass().add(StyleClasses.MONO);
        stateDetail.textProperty().bind(model.diagram().selectedStateDetail());
        SplitPane graph = new SplitPane(new StateGraphView(model.diagram()), stateDetail);
        graph.setDividerPositions(0.62);
        TextArea stateDetailToo = new TextArea();
        stateDetailToo.setEditable(false);
        stateDetailToo.setWrapText(true);
        stateDetailToo.getStyleClass().add(StyleClasses.MONO);
        stateDetailToo.textProperty().bind(model.diagram().selectedStateDetail());
        SplitPane states = new SplitPane(new StateRunsTable(model.diagram()), stateDetailToo);
        states.setDividerPositions(0.6);
        TabPane details = new TabPane(tab("graph", "Graph", graph), tab("states", "States", states),
                tab("history", "History (newest first)", historyWithDetail), tab("timeline", "Timeline", timeline),
                tab("input", "Input", json(model.input())), tab("output", "Output", json(model.output())),
                tab("definition", "Definition", definition(model.diagram())));
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        showTab(details, model.detailsTab().get());
        model.detailsTab().addListener((o, a, id) -> showTab(details, id));
        details.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> model.detailsTab().set(tab.getId()));
        SplitPane split = new SplitPane(table, new VBox(6, new InlineMessage(model.error()), details));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.36); // the graph and timeline need the room more than the list
        VBox.setVgrow(details, Priority.ALWAYS);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(new PageHeader("Executions", new Label("State machine"), machine, new Label("Status"), status,
                        stop, redriveHolder, copy, call), searchRow,
                new InlineMessage(model.problem()), split);
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private static void showTab(TabPane tabs, String id) {
        tabs.getTabs().stream().filter(t -> t.getId().equals(id)).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** The definition the execution ran, pretty and copyable whole. */
    private static VBox definition(ExecutionDiagram diagram) {
        TextArea text = json(diagram.definition());
        text.setId("execution-definition");
        Label none = new Label("Select an execution to see the definition it ran.");
        none.visibleProperty().bind(diagram.definition().isEmpty());
        none.managedProperty().bind(none.visibleProperty());
        Button copy = new Button("Copy definition");
        copy.disableProperty().bind(diagram.definition().isEmpty());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(diagram.definition().get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox box = new VBox(6, new javafx.scene.layout.HBox(8, copy, none), text);
        box.setPadding(new javafx.geometry.Insets(6));
        return box;
    }

    private static TextArea json(javafx.beans.property.StringProperty text) {
        TextArea area = new TextArea();
        area.setEditable(false);
        area.getStyleClass().add(StyleClasses.MONO);
        area.textProperty().bind(text);
        return area;
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
