package io.switchboard.desktop.tables;

import io.switchboard.desktop.aws.dynamodb.ItemFormat;
import io.switchboard.desktop.aws.dynamodb.ItemRow;
import io.switchboard.desktop.aws.dynamodb.KeyQuery;
import io.switchboard.desktop.aws.dynamodb.TableShape;
import atlantafx.base.theme.Styles;
import io.switchboard.desktop.ui.InlineMessage;
import io.switchboard.desktop.ui.PageHeader;
import io.switchboard.desktop.ui.StyleClasses;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Tables: pick one of the stack's tables, Scan it or Query it by key or index, list its items (a column
 * per attribute), open one to read every attribute and its DynamoDB JSON, copy it, delete it. Layout only.
 */
public final class TablesView extends VBox {
    public TablesView(TablesViewModel model) {
        getStyleClass().add(StyleClasses.PAGE);
        ChoiceBox<StackTable> table = new ChoiceBox<>(model.tables());
        table.setId("table-choice");
        table.valueProperty().bindBidirectional(model.table());
        table.setTooltip(new Tooltip("The stack's DynamoDB tables, named by its outputs"));
        Label summary = new Label();
        summary.setId("items-summary");
        summary.textProperty().bind(model.summary());
        summary.getStyleClass().add(StyleClasses.HINT);
        Button more = new Button("Load more");
        more.setId("items-more");
        more.visibleProperty().bind(model.hasMore());
        more.setOnAction(e -> model.loadMore());
        Label message = new Label();
        message.setId("items-message");
        message.textProperty().bind(model.message());
        message.visibleProperty().bind(model.message().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        SplitPane body = new SplitPane(items(model), item(model));
        body.setDividerPositions(0.46);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(new PageHeader("Tables", table), queryBar(model), new InlineMessage(model.problem()), message,
                body, new HBox(12, more, summary));
    }

    /** Scan | Query, and for a Query: on the key or an index, the partition key's value, the sort key's condition. */
    private static HBox queryBar(TablesViewModel model) {
        ToggleGroup modes = new ToggleGroup();
        ToggleButton scan = new ToggleButton("Scan");
        scan.setId("mode-scan");
        scan.setTooltip(new Tooltip("Reads every item of the table, a page of " + TablesViewModel.PAGE_SIZE + " at a time"));
        ToggleButton query = new ToggleButton("Query");
        query.setId("mode-query");
        query.setTooltip(new Tooltip("Reads one partition of the table's key or of an index"));
        scan.getStyleClass().add(Styles.LEFT_PILL);
        query.getStyleClass().add(Styles.RIGHT_PILL);
        scan.setToggleGroup(modes);
        query.setToggleGroup(modes);
        Runnable sync = () -> modes.selectToggle(model.mode().get() == TablesViewModel.Mode.SCAN ? scan : query);
        model.mode().addListener((o, was, now) -> sync.run());
        sync.run();
        scan.setOnAction(e -> {
            model.mode().set(TablesViewModel.Mode.SCAN);
            sync.run();
            model.run();
        });
        query.setOnAction(e -> {
            model.mode().set(TablesViewModel.Mode.QUERY);
            sync.run();
        });
        ChoiceBox<String> target = new ChoiceBox<>(model.targets());
        target.setId("query-target");
        target.valueProperty().bindBidirectional(model.target());
        target.setTooltip(new Tooltip("The table's own key, or one of its global secondary indexes"));
        TextField partition = new TextField();
        partition.setId("partition-value");
        partition.textProperty().bindBidirectional(model.partitionValue());
        partition.setPrefColumnCount(20);
        partition.setOnAction(e -> model.run());
        ChoiceBox<KeyQuery.SortCondition> condition = new ChoiceBox<>(FXCollections.observableArrayList(KeyQuery.conditions()));
        condition.setId("sort-condition");
        condition.valueProperty().bindBidirectional(model.sortCondition());
        TextField sort = new TextField();
        sort.setId("sort-value");
        sort.textProperty().bindBidirectional(model.sortValue());
        sort.setPrefColumnCount(14);
        sort.setOnAction(e -> model.run());
        sort.disableProperty().bind(model.sortCondition().isEqualTo(KeyQuery.SortCondition.ANY));
        Label partitionName = new Label();
        Label sortName = new Label();
        Runnable names = () -> {
            TableShape shape = model.shape().get();
            if (shape == null || !shape.queryTargets().contains(model.target().get())) {
                return;
            }
            TableShape.KeySchema key = shape.keyOf(model.target().get());
            partitionName.setText(key.partition() + " =");
            partition.setPromptText(key.partition());
            sortName.setText(key.hasSort() ? key.sort() : "(no sort key)");
            condition.setDisable(!key.hasSort());
        };
        model.shape().addListener((o, was, now) -> names.run());
        model.target().addListener((o, was, now) -> names.run());
        Button run = new Button("Run");
        run.setId("run-query");
        run.getStyleClass().add(Styles.ACCENT);
        run.setOnAction(e -> model.run());
        HBox keyFields = new HBox(6, target, partitionName, partition, sortName, condition, sort, run);
        keyFields.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        keyFields.visibleProperty().bind(model.mode().isEqualTo(TablesViewModel.Mode.QUERY));
        keyFields.managedProperty().bind(keyFields.visibleProperty());
        for (Region control : List.of(scan, query, run, partitionName, sortName)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, new HBox(scan, query), keyFields);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add(StyleClasses.TOOLBAR);
        return bar;
    }

    /** The items, a column per attribute (key first); selecting one opens it. */
    private static TableView<ItemRow> items(TablesViewModel model) {
        TableView<ItemRow> items = new TableView<>(model.items());
        items.setId("items-table");
        items.setPlaceholder(new Label("No items listed: choose a table, then Scan, or Query by key."));
        Runnable columns = () -> items.getColumns().setAll(model.columns().stream().map(name -> {
            TableColumn<ItemRow, String> column = new TableColumn<>(name);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cell(name)));
            column.setPrefWidth(Math.max(90, Math.min(260, name.length() * 9 + 40)));
            return column;
        }).toList());
        model.columns().addListener((ListChangeListener<String>) change -> columns.run());
        columns.run();
        items.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selected().set(now));
        model.selected().addListener((o, was, now) -> {
            if (now == null) {
                items.getSelectionModel().clearSelection();
            } else if (items.getSelectionModel().getSelectedItem() != now) {
                items.getSelectionModel().select(now);
                items.scrollTo(now);
            }
        });
        return items;
    }

    /** The open item: every attribute whole (TTL as a date), its DynamoDB JSON, Copy JSON and Delete. */
    private static VBox item(TablesViewModel model) {
        Label title = new Label();
        title.setId("item-title");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(Bindings.when(model.itemTitle().isEmpty()).then("Select an item to open it").otherwise(model.itemTitle()));
        TableView<ItemFormat.AttributeRow> attributes = new TableView<>(model.attributes());
        attributes.setId("item-attributes");
        attributes.setPlaceholder(new Label("No item open"));
        attributes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        attributes.getColumns().addAll(List.of(
                column("Attribute", ItemFormat.AttributeRow::name, 110),
                column("Type", ItemFormat.AttributeRow::type, 64),
                column("Value", ItemFormat.AttributeRow::value, 250),
                column("Note", ItemFormat.AttributeRow::note, 300)));
        attributes.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ItemFormat.AttributeRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.name() + " = " + row.value()
                        + (row.note().isEmpty() ? "" : "\n" + row.note())));
            }
        });
        attributes.setPrefHeight(260);
        TextArea json = new TextArea();
        json.setId("item-json");
        json.setEditable(false);
        json.getStyleClass().add(StyleClasses.MONO);
        json.textProperty().bind(model.itemJson());
        VBox.setVgrow(json, Priority.ALWAYS);
        Button copy = new Button("Copy JSON");
        copy.setId("copy-item-json");
        copy.setTooltip(new Tooltip("Copies the item in DynamoDB JSON, as the AWS CLI and NoSQL Workbench write it"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.itemJson().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button delete = new Button("Delete item…");
        delete.setId("delete-item");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, model.deleteQuestion(), ButtonType.CANCEL, ButtonType.OK);
            ask.setHeaderText("Delete " + model.itemTitle().get() + "?");
            ask.initOwner(delete.getScene().getWindow());
            ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.deleteSelected());
        });
        copy.disableProperty().bind(model.itemJson().isEmpty());
        delete.disableProperty().bind(model.selected().isNull());
        Label jsonTitle = new Label("DynamoDB JSON");
        jsonTitle.getStyleClass().add(StyleClasses.HINT);
        VBox box = new VBox(6, title, attributes, jsonTitle, json, new HBox(8, copy, delete));
        box.setPadding(new javafx.geometry.Insets(0, 0, 0, 8));
        return box;
    }

    private static TableColumn<ItemFormat.AttributeRow, String> column(String title, Function<ItemFormat.AttributeRow, String> value, double width) {
        TableColumn<ItemFormat.AttributeRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 110)); // the type and the key's name never shrink to "..."
        return column;
    }
}
