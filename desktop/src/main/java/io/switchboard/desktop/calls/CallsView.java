package io.switchboard.desktop.calls;

import atlantafx.base.theme.Styles;
import io.switchboard.desktop.ui.CallerColumn;
import io.switchboard.desktop.ui.DeferredContent;
import io.switchboard.desktop.ui.InlineMessage;
import io.switchboard.desktop.ui.LongWorkBar;
import io.switchboard.desktop.ui.PageHeader;
import io.switchboard.desktop.ui.StyleClasses;
import io.switchboard.desktop.ui.CallerNumber;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableCell;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * Calls: chart of the last 24 h, the newest calls or one day's, search by number or ContactId, when it
 * was last updated, export, simulate, recover. Layout only.
 */
public final class CallsView extends VBox {
    private static final double CHART_HEIGHT = 170;
    /** The theme's table text is a little larger than a bare Text's default font; cells pad both sides. */
    private static final double TEXT_SCALE = 1.15;
    private static final double CELL_PADDING = 28;

    public CallsView(CallsViewModel model) {
        getStyleClass().add(StyleClasses.PAGE);
        TextField search = new TextField();
        search.setId("call-search");
        search.setPromptText("Caller number or ContactId");
        search.setTooltip(new Tooltip("A caller's number with its country code (+1 800 356 9377) shows their calls; "
                + "a ContactId (5b1c7a9e-3f42-4d1a-9a0e-2c6f8d4b7e11) shows that call"));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(model.searchText());
        search.setOnAction(e -> model.search());
        Button find = new Button("Search");
        find.setOnAction(e -> model.search());
        CheckBox auto = new CheckBox("Auto-refresh");
        auto.setId("auto-refresh");
        auto.selectedProperty().bindBidirectional(model.autoRefresh());
        Button export = new Button("Export CSV…");
        export.setOnAction(e -> chooseExportFile(model).ifPresent(model::exportCsv));
        Spinner<Integer> count = new Spinner<>(1, 1000, model.simulateCount().get());
        count.setEditable(true);
        count.setPrefWidth(90);
        count.valueProperty().addListener((o, a, b) -> model.simulateCount().set(b));
        Button simulate = new Button("Simulate traffic");
        simulate.setId("simulate");
        simulate.setTooltip(new Tooltip("Plays calls from random numbers in several countries through the vanity flow"));
        simulate.setOnAction(e -> model.simulate());
        HBox simulation = new HBox(6, count, simulate);
        simulation.visibleProperty().bind(model.canSimulate());
        simulation.managedProperty().bind(simulation.visibleProperty());

        // Buttons keep their labels whole; the search field gives way when the window is narrow.
        search.setMinWidth(160);
        for (javafx.scene.control.Control control : List.of(find, auto, export, simulate)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox toolbar = new HBox(8, search, find, auto, export, simulation, recoverAction(model));
        HBox.setHgrow(search, Priority.SOMETIMES);
        toolbar.getStyleClass().add(StyleClasses.TOOLBAR);
        Label summary = new Label();
        summary.textProperty().bind(model.summary());
        summary.getStyleClass().add(StyleClasses.HINT);
        Button more = new Button("Load more");
        more.setId("load-more");
        more.visibleProperty().bind(model.hasMore());
        more.setOnAction(e -> model.loadMore());
        // The chart and table are built one frame after the window shows (their skins are most of the
        // first CSS pass); their holders keep the space so only the content appears.
        DeferredContent chart = new DeferredContent(() -> chart(model));
        chart.setMinHeight(CHART_HEIGHT);
        chart.setPrefHeight(CHART_HEIGHT);
        DeferredContent table = new DeferredContent(() -> table(model));
        VBox.setVgrow(table, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(12, more, summary, gap, links(model));
        bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(new PageHeader("Calls", toolbar), browseBar(model), new InlineMessage(model.problem()),
                new LongWorkBar(model.longWork()), chart, table, bottom);
    }

    /** The selected call's links: its executions, Replay with its event, its item in the call log table. */
    private static HBox links(CallsViewModel model) {
        Button executions = new Button("Executions");
        executions.setId("call-executions");
        executions.setTooltip(new Tooltip("The Step Functions executions of this call (same ContactId)"));
        executions.setOnAction(e -> model.openExecutions());
        Button replay = new Button("Replay");
        replay.setId("call-replay");
        replay.setTooltip(new Tooltip("Replay's Invoke tab with this call's event (its ContactId and caller)"));
        replay.setOnAction(e -> model.openReplay());
        Button item = new Button("Open item");
        item.setId("call-item");
        item.setTooltip(new Tooltip("This call's item in the call log table: every attribute, TTL as a date, DynamoDB JSON"));
        item.setOnAction(e -> model.openItem());
        Label selected = new Label("Selected call:");
        selected.getStyleClass().add(StyleClasses.HINT);
        HBox links = new HBox(6, selected, executions, replay, item);
        links.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (Region control : List.of(selected, executions, replay, item)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        links.disableProperty().bind(model.selected().isNull());
        return links;
    }

    /**
     * The second toolbar row: All recent | Day [date], and on the right when the table was last updated.
     * Neither toggle is selected while a search is shown; choosing one leaves the search.
     */
    private static HBox browseBar(CallsViewModel model) {
        ToggleButton recent = new ToggleButton("All recent");
        recent.setId("show-recent");
        recent.setTooltip(new Tooltip("The newest calls across all callers"));
        ToggleButton onDay = new ToggleButton("Day");
        onDay.setId("show-day");
        onDay.setTooltip(new Tooltip("Every call of the day picked, in this computer's time zone (" + ConsoleDay.nameOf(model.zone()) + ") like the Time column"));
        recent.getStyleClass().add(Styles.LEFT_PILL);
        onDay.getStyleClass().add(Styles.RIGHT_PILL);
        // A DatePicker's skin is costly: built a frame after the window shows, like the table and chart.
        DeferredContent date = new DeferredContent(() -> datePicker(model));
        date.setPrefWidth(150);
        date.setMinWidth(150);
        // The model says which is selected; a click on a selected toggle must not leave it unselected.
        Runnable sync = () -> {
            recent.setSelected(model.browsingRecent().get());
            onDay.setSelected(model.browsingDay().get());
        };
        recent.setOnAction(e -> {
            model.showRecent();
            sync.run();
        });
        onDay.setOnAction(e -> {
            model.showDay();
            sync.run();
        });
        model.query().addListener((o, was, now) -> sync.run());
        sync.run();
        Label updated = new Label();
        updated.setId("calls-updated");
        updated.textProperty().bind(model.updated());
        updated.getStyleClass().add(StyleClasses.HINT);
        updated.setMinWidth(Region.USE_PREF_SIZE);
        for (javafx.scene.control.Control control : List.of(recent, onDay)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        ChoiceBox<String> status = new ChoiceBox<>(FXCollections.observableArrayList(model.statuses()));
        status.setId("status-filter");
        status.setTooltip(new Tooltip("Show only the calls the vanity function answered with this status"));
        status.valueProperty().bindBidirectional(model.statusFilter());
        status.setPrefWidth(150);
        status.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new HBox(recent, onDay), date, status, spacer, updated);
        bar.getStyleClass().add(StyleClasses.TOOLBAR);
        return bar;
    }

    private static DatePicker datePicker(CallsViewModel model) {
        DatePicker date = new DatePicker();
        date.setId("call-day");
        date.setEditable(true);
        date.setPromptText("YYYY-MM-DD");
        // A typed date that is not one keeps the day shown, and the model says what to type.
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(day);
            }

            @Override
            public LocalDate fromString(String text) {
                LocalDate typed = model.typedDay(text);
                return typed != null ? typed : model.day().get();
            }
        });
        date.setPrefWidth(150);
        date.valueProperty().bindBidirectional(model.day());
        return date;
    }

    /**
     * "Recover unsaved calls…", on AWS connections only; disabled where there is nothing to search (the
     * stack is not deployed in this region). A disabled button
     * gets no mouse events, so the tooltip saying why sits on a holder around it.
     */
    private Node recoverAction(CallsViewModel model) {
        Button recover = new Button("Recover unsaved calls…");
        recover.setId("recover-calls");
        recover.disableProperty().bind(model.recovery().available().not());
        recover.setOnAction(e -> model.recovery().logGroup().ifPresent(group ->
                new RecoverCallsDialog(getScene().getWindow(), group).showAndWait().ifPresent(model.recovery()::recover)));
        recover.setMinWidth(Region.USE_PREF_SIZE);
        StackPane holder = new StackPane(recover);
        holder.setId("recover-calls-holder");
        // Simulate traffic (sandbox) and Recover (AWS) share one place in the toolbar: each is only ever
        // useful on its own kind of connection.
        holder.visibleProperty().bind(model.canSimulate().not());
        holder.managedProperty().bind(holder.visibleProperty());
        Tooltip why = new Tooltip();
        why.textProperty().bind(Bindings.when(model.recovery().unavailable().isEmpty())
                .then("Finds calls DynamoDB could not record in the vanity function's log, and writes them to the call log")
                .otherwise(model.recovery().unavailable()));
        why.setWrapText(true);
        why.setMaxWidth(420);
        Tooltip.install(holder, why);
        return holder;
    }

    private static TableView<CallRow> table(CallsViewModel model) {
        // The table sorts its own view of the rows, so a refresh re-sorts the new rows under the same arrow.
        SortedList<CallRow> sorted = new SortedList<>(model.shownRows());
        TableView<CallRow> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("calls-table");
        Label empty = new Label();
        empty.textProperty().bind(model.nothingFound());
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Columns never shrink below their content (time of day, a whole international vanity number):
        // when they do not fit, the table scrolls sideways instead of cutting them.
        TableColumn<CallRow, String> time = column(CallsColumns.TIME, r -> r.time(model.zone()), 172, 172);
        TableColumn<CallRow, CallerNumber> caller = CallerColumn.sortable(CallRow::caller);
        caller.setPrefWidth(140);
        TableColumn<CallRow, String> status = column(CallsColumns.STATUS, CallRow::status, 124, 124);
        // as wide as the longest status the vanity function answers, in whatever font the system has
        fitWidest(status, List.of("INVALID_NUMBER", "NO_VANITY", "ERROR", "OK"), 124);
        table.getColumns().addAll(List.of(time, caller, status));
        List<TableColumn<CallRow, String>> vanity = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int index = i;
            // wide enough for a whole international vanity number, e.g. "+353 37 5-LEMONS"; wider when one is longer
            vanity.add(column(CallsColumns.vanity(i), r -> r.vanity(index), 170, 150));
        }
        table.getColumns().addAll(vanity);
        model.shownRows().addListener((javafx.collections.ListChangeListener<CallRow>) change -> {
            for (int i = 0; i < vanity.size(); i++) {
                int index = i;
                fitWidest(vanity.get(i), model.shownRows().stream().map(r -> r.vanity(index)).toList(), 150);
            }
        });
        TableColumn<CallRow, String> reason = column(CallsColumns.REASON, CallRow::reason, 260, 160);
        reason.setCellValueFactory(c -> c.getValue().reasonText());
        reason.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        table.getColumns().add(reason);
        // Hidden by default (CallsColumns.HIDDEN_BY_DEFAULT); the "+" menu shows it, the CSV has it.
        table.getColumns().add(column(CallsColumns.CONTACT_ID, CallRow::contactId, 290, 290));
        table.setTableMenuButtonVisible(true);
        rememberHiddenColumns(table, model);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> model.selected().set(row));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.selected().get() != null) {
                model.openItem();
            }
        });
        return table;
    }

    /** Column choices made in the "+" menu are the model's (and so the preferences'): they survive a restart. */
    private static void rememberHiddenColumns(TableView<CallRow> table, CallsViewModel model) {
        Set<String> hidden = CallsColumns.parse(model.hiddenColumns().get());
        for (TableColumn<CallRow, ?> column : table.getColumns()) {
            column.setVisible(!hidden.contains(column.getText()));
            column.visibleProperty().addListener((o, was, shown) -> {
                Set<String> now = CallsColumns.parse(model.hiddenColumns().get());
                if (shown) {
                    now.remove(column.getText());
                } else {
                    now.add(column.getText());
                }
                model.hiddenColumns().set(CallsColumns.format(now));
            });
        }
    }

    /** Keeps {@code column} at least as wide as its widest value, so no number is cut to "+49 30 12…". */
    private static void fitWidest(TableColumn<CallRow, String> column, List<String> values, double least) {
        Text measure = new Text();
        double widest = least;
        for (String value : values) {
            measure.setText(value);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth() * TEXT_SCALE + CELL_PADDING);
        }
        column.setMinWidth(widest);
        if (column.getPrefWidth() < widest) {
            column.setPrefWidth(widest);
        }
    }

    private static TableColumn<CallRow, String> column(String title, Function<CallRow, String> value, double width, double min) {
        TableColumn<CallRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(min);
        return column;
    }

    private static BarChart<String, Number> chart(CallsViewModel model) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.titleProperty().bind(model.chartTitle());
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(3);
        chart.getStyleClass().add(StyleClasses.CHART);
        chart.setId("calls-chart");
        chart.setMinHeight(CHART_HEIGHT);
        chart.setPrefHeight(CHART_HEIGHT);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        Runnable show = () -> series.getData().setAll(model.hourly().stream().map(h -> new XYChart.Data<String, Number>(h.hour(), h.calls())).toList());
        show.run(); // the chart may be built after the first hours arrived
        model.hourly().addListener((javafx.collections.ListChangeListener<CallsPerHour.HourCount>) change -> show.run());
        return chart;
    }

    private java.util.Optional<java.nio.file.Path> chooseExportFile(CallsViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialDirectory(DocumentsFolder.of(java.nio.file.Path.of(System.getProperty("user.home")), System.getenv()).toFile());
        chooser.setTitle("Export calls");
        chooser.setInitialFileName("calls.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }
}
