package io.switchboard.desktop.tables;

import io.switchboard.desktop.aws.AwsProblems;
import io.switchboard.desktop.aws.TablesGateway;
import io.switchboard.desktop.aws.TablesGateway.ItemPage;
import io.switchboard.desktop.aws.dynamodb.ItemFormat;
import io.switchboard.desktop.aws.dynamodb.ItemRow;
import io.switchboard.desktop.aws.dynamodb.KeyQuery;
import io.switchboard.desktop.aws.dynamodb.TableShape;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.ui.PageModel;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Tables: the stack's DynamoDB tables item by item, as NoSQL Workbench shows them. Scan a table a page
 * at a time, or Query it by its key or one of its indexes; open an item to see every attribute (the
 * TTL as a date in the console's zone) and its DynamoDB JSON; delete it after a confirmation that names it.
 */
public final class TablesViewModel implements PageModel {
    static final int PAGE_SIZE = 50;

    /** Scan reads the whole table; Query one partition of its key or of an index. */
    public enum Mode { SCAN, QUERY }

    private final TaskExecutor tasks;
    private final ObservableValue<Session> session;
    private final ZoneId zone;
    private final ObservableList<StackTable> tables = FXCollections.observableArrayList();
    private final ObjectProperty<StackTable> table = new SimpleObjectProperty<>();
    private final ObjectProperty<TableShape> shape = new SimpleObjectProperty<>();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.SCAN);
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final StringProperty target = new SimpleStringProperty(TableShape.TABLE_KEY);
    private final StringProperty partitionValue = new SimpleStringProperty("");
    private final ObjectProperty<KeyQuery.SortCondition> sortCondition = new SimpleObjectProperty<>(KeyQuery.SortCondition.ANY);
    private final StringProperty sortValue = new SimpleStringProperty("");
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObjectProperty<ItemRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<ItemFormat.AttributeRow> attributes = FXCollections.observableArrayList();
    private final StringProperty itemJson = new SimpleStringProperty("");
    private final StringProperty itemTitle = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty hasMore = new SimpleBooleanProperty(false);
    /** What the list shows: the scan, or the query, that loaded it. */
    private KeyQuery shownQuery;
    private TablesGateway.Cursor next;
    private int scanned;
    /** A partition key value whose item is selected once the list shows it (a link from Calls). */
    private String selectWhenListed;
    private static final String FIRST_ITEM = "\u0000first";
    private boolean shownOnce;

    public TablesViewModel(TaskExecutor tasks, ObservableValue<Session> session, ZoneId zone) {
        this.tasks = tasks;
        this.session = session;
        this.zone = zone;
        session.addListener((o, old, now) -> {
            tables.clear();
            clearList();
            shape.set(null);
            if (shownOnce) {
                shown();
            }
        });
        table.addListener((o, old, now) -> {
            if (now != null && !Objects.equals(old, now)) {
                describe(now);
            }
        });
        selected.addListener((o, old, row) -> open(row));
    }

    @Override
    public void shown() {
        shownOnce = true;
        Session current = session.getValue();
        if (current == null) {
            summary.set("Not connected yet: the status bar says what is happening; Settings connects.");
            return;
        }
        if (!tables.isEmpty()) {
            return; // the list stays as the user left it; F5 reloads it
        }
        List<StackTable> found = StackTable.of(current.outputs());
        if (found.isEmpty()) {
            problem.set("The stack is not deployed here (no CallsTableName or AsyncResultsTableName output): deploy it from the Deploy page.");
            return;
        }
        problem.set("");
        tables.setAll(found);
        if (table.get() == null || !found.contains(table.get())) {
            table.set(found.get(0));
        } else {
            describe(table.get());
        }
    }

    @Override
    public void refresh() {
        if (shape.get() != null) {
            run();
        }
    }

    /** Reads the table's key, indexes and TTL, then scans its first page. */
    private void describe(StackTable chosen) {
        Session current = session.getValue();
        if (current == null) {
            return;
        }
        clearList();
        shape.set(null);
        tasks.submit("Describing " + chosen.name(), progress -> current.tables().shape(chosen.name()), described -> {
            if (!chosen.equals(table.get())) {
                return;
            }
            shape.set(described);
            targets.setAll(described.queryTargets());
            if (!targets.contains(target.get())) {
                target.set(TableShape.TABLE_KEY);
            }
            run();
        }, failure -> problem.set(AwsProblems.describe(failure, current.target()).text()));
    }

    /** Scan's or Query's first page, as {@link #mode()} says. */
    public void run() {
        TableShape described = shape.get();
        Session current = session.getValue();
        if (described == null || current == null) {
            return;
        }
        KeyQuery query = null;
        if (mode.get() == Mode.QUERY) {
            query = new KeyQuery(described, target.get(), partitionValue.get(), sortCondition.get(), sortValue.get());
            if (!query.problem().isEmpty()) {
                problem.set(query.problem());
                return;
            }
        }
        problem.set("");
        message.set("");
        KeyQuery asked = query;
        TablesGateway gateway = current.tables();
        tasks.submit(asked == null ? "Scanning " + described.name() : "Querying " + described.name(),
                progress -> asked == null ? gateway.scan(described.name(), PAGE_SIZE, null) : gateway.query(asked, PAGE_SIZE, null),
                page -> {
                    if (described != shape.get()) {
                        return;
                    }
                    clearList();
                    shownQuery = asked;
                    add(page);
                    selectPending();
                },
                failure -> problem.set(AwsProblems.describe(failure, current.target()).text()));
    }

    /** The next page of the scan or query the list shows. */
    public void loadMore() {
        TableShape described = shape.get();
        Session current = session.getValue();
        if (described == null || current == null || next == null) {
            return;
        }
        KeyQuery asked = shownQuery;
        TablesGateway.Cursor from = next;
        TablesGateway gateway = current.tables();
        tasks.submit("Loading more items", progress -> asked == null ? gateway.scan(described.name(), PAGE_SIZE, from)
                        : gateway.query(asked, PAGE_SIZE, from),
                page -> {
                    if (described == shape.get() && from == next) {
                        add(page);
                    }
                },
                failure -> problem.set(AwsProblems.describe(failure, current.target()).text()));
    }

    private void add(ItemPage page) {
        items.addAll(page.items());
        next = page.next();
        scanned += page.scanned();
        hasMore.set(next != null);
        List<String> now = ItemFormat.columns(items, shape.get());
        if (!now.equals(columns)) {
            columns.setAll(now);
        }
        String what = shownQuery == null ? "Scan" : "Query " + shownQuery.describe();
        summary.set(what + ": " + items.size() + (items.size() == 1 ? " item" : " items")
                + (next != null ? " so far (more: Load more)" : "") + " · " + scanned + " read");
        if (items.isEmpty()) {
            message.set(shownQuery == null ? "The table is empty." : "No item matches " + shownQuery.describe() + ".");
        }
    }

    private void clearList() {
        selected.set(null);
        items.clear();
        next = null;
        scanned = 0;
        hasMore.set(false);
        summary.set("");
    }

    /** Shows every attribute of the item, read again with GetItem: an index may project only some of them. */
    private void open(ItemRow row) {
        attributes.clear();
        itemJson.set("");
        itemTitle.set("");
        TableShape described = shape.get();
        Session current = session.getValue();
        if (row == null || described == null || current == null) {
            return;
        }
        itemTitle.set(ItemFormat.keyText(row, described));
        show(row, described);
        tasks.submit("Reading item", progress -> current.tables().reread(described, row), whole -> {
            if (row != selected.get()) {
                return;
            }
            whole.ifPresentOrElse(item -> show(item, described),
                    () -> message.set("The item " + ItemFormat.keyText(row, described) + " is no longer in the table."));
        }, failure -> problem.set(AwsProblems.describe(failure, current.target()).text()));
    }

    private void show(ItemRow item, TableShape described) {
        attributes.setAll(ItemFormat.attributes(item, described, zone));
        itemJson.set(ItemFormat.dynamoJson(item, described));
    }

    /** What the delete confirmation asks, naming the item and its table; empty when no item is open. */
    public String deleteQuestion() {
        ItemRow row = selected.get();
        TableShape described = shape.get();
        if (row == null || described == null) {
            return "";
        }
        return "Delete the item " + ItemFormat.keyText(row, described) + " from " + table.get()
                + "? DynamoDB keeps no copy: it cannot be undone.";
    }

    /** Deletes the open item (after the user confirmed {@link #deleteQuestion()}), and takes it off the list. */
    public void deleteSelected() {
        ItemRow row = selected.get();
        TableShape described = shape.get();
        Session current = session.getValue();
        if (row == null || described == null || current == null) {
            return;
        }
        String named = ItemFormat.keyText(row, described);
        tasks.submit("Deleting " + named, progress -> current.tables().delete(described, row), deleted -> {
            items.remove(row);
            message.set(deleted ? "Deleted " + named + " from " + table.get().label() + "."
                    : named + " was already gone from " + table.get().label() + ".");
        }, failure -> problem.set(AwsProblems.describe(failure, current.target()).text()));
    }

    /**
     * Opens the item whose partition key is {@code key} in the table labelled {@code label} (a link from
     * another page, e.g. a call's ContactId): a Query on the table's key, the item selected once listed.
     */
    public void openItem(String label, String key) {
        shownOnce = true;
        if (tables.isEmpty()) {
            shown();
        }
        StackTable wanted = tables.stream().filter(t -> t.label().equals(label)).findFirst().orElse(null);
        if (wanted == null) {
            problem.set("The stack has no " + label + " table here.");
            return;
        }
        mode.set(Mode.QUERY);
        target.set(TableShape.TABLE_KEY);
        partitionValue.set(key);
        sortCondition.set(KeyQuery.SortCondition.ANY);
        selectWhenListed = key;
        if (!wanted.equals(table.get())) {
            table.set(wanted); // describes it, then runs the query
        } else {
            run();
        }
    }

    /** Lists the table again and opens its first item whose key is not a marker ("#…"): demos and screenshots. */
    public void openFirstItem() {
        selectWhenListed = FIRST_ITEM;
        refresh();
    }

    private void selectPending() {
        TableShape described = shape.get();
        if (selectWhenListed == null || described == null) {
            return;
        }
        if (FIRST_ITEM.equals(selectWhenListed)) {
            selectWhenListed = null;
            items.stream().filter(r -> !r.cell(described.key().partition()).startsWith("#")).findFirst().ifPresent(selected::set);
            return;
        }
        String key = selectWhenListed;
        selectWhenListed = null;
        items.stream().filter(r -> key.equals(r.cell(described.key().partition()))).findFirst().ifPresent(selected::set);
    }

    public ObservableList<StackTable> tables() {
        return tables;
    }

    public ObjectProperty<StackTable> table() {
        return table;
    }

    /** The chosen table's key, indexes and TTL attribute; null while it is read. */
    public ObjectProperty<TableShape> shape() {
        return shape;
    }

    public ObjectProperty<Mode> mode() {
        return mode;
    }

    /** "Table key" and each index: what a Query can be asked on. */
    public ObservableList<String> targets() {
        return targets;
    }

    public StringProperty target() {
        return target;
    }

    public StringProperty partitionValue() {
        return partitionValue;
    }

    public ObjectProperty<KeyQuery.SortCondition> sortCondition() {
        return sortCondition;
    }

    public StringProperty sortValue() {
        return sortValue;
    }

    public ObservableList<ItemRow> items() {
        return items;
    }

    /** Every attribute name of the listed items, key first: the list's columns. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ObjectProperty<ItemRow> selected() {
        return selected;
    }

    /** The open item's attributes, each whole, the TTL's with its date. */
    public ObservableList<ItemFormat.AttributeRow> attributes() {
        return attributes;
    }

    /** The open item in DynamoDB JSON. */
    public StringProperty itemJson() {
        return itemJson;
    }

    /** The open item's key ("contact_id = …"). */
    public StringProperty itemTitle() {
        return itemTitle;
    }

    public StringProperty problem() {
        return problem;
    }

    /** News of the last action ("Deleted …", "The table is empty."). */
    public StringProperty message() {
        return message;
    }

    public StringProperty summary() {
        return summary;
    }

    public BooleanProperty hasMore() {
        return hasMore;
    }

    public ZoneId zone() {
        return zone;
    }
}
