package io.switchboard.desktop.calls;

import io.switchboard.desktop.aws.AwsProblems;
import io.switchboard.desktop.aws.CallsGateway;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.ui.LongWork;
import io.switchboard.desktop.ui.PageModel;
import io.switchboard.lambdas.calllog.CallLogPage;
import io.switchboard.lambdas.calllog.CallRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The newest calls, one day's calls, one caller's history or one contact, auto-refreshed while visible,
 * with the time of the last load; export and simulated traffic.
 */
public final class CallsViewModel implements PageModel {
    static final int PAGE_SIZE = 50;
    private static final int CHART_MAX_CALLS = 2_000;
    /** The status filter's choice that shows every call. */
    public static final String ALL_STATUSES = "All statuses";
    /** How long "N calls exported to …" stays once it is no longer news. */
    static final Duration MESSAGE_NEWS = CallsJobs.MESSAGE_NEWS;

    private final TaskExecutor tasks;
    private final ObservableValue<Session> session;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<CallRow> rows = FXCollections.observableArrayList();
    private final StringProperty statusFilter = new SimpleStringProperty(ALL_STATUSES);
    private final FilteredList<CallRow> shownRows = new FilteredList<>(rows);
    private final ObservableList<CallsPerHour.HourCount> hourly = FXCollections.observableArrayList();
    private final StringProperty chartTitle = new SimpleStringProperty(LAST_24_H);
    private final StringProperty hiddenColumns = new SimpleStringProperty(CallsColumns.HIDDEN_BY_DEFAULT);
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty hasMore = new SimpleBooleanProperty(false);
    private final LongWork longWork = new LongWork();
    /** What the table shows; {@link #browsing} is what it goes back to when a search is cleared. */
    private final ObjectProperty<CallsQuery> query = new SimpleObjectProperty<>(CallsQuery.NEWEST);
    private CallsQuery browsing = CallsQuery.NEWEST;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final AutoRefresh auto;
    private final BooleanBinding browsingRecent = Bindings.createBooleanBinding(() -> query.get() instanceof CallsQuery.Newest, query);
    private final BooleanBinding browsingDay = Bindings.createBooleanBinding(() -> query.get() instanceof CallsQuery.OnDay, query);
    private String cursor;
    private boolean loading;
    private boolean reloadWhenDone;
    private static final String LAST_24_H = "Calls per hour, last 24 h";
    private final UnsavedCallsAction recovery;
    private final CallsJobs jobs;
    private final ObjectProperty<CallLinks> links = new SimpleObjectProperty<>(CallLinks.NONE);
    private final ObjectProperty<CallRow> selected = new SimpleObjectProperty<>();

    public CallsViewModel(TaskExecutor tasks, ObservableValue<Session> session, ObservableIntegerValue refreshSeconds, Clock clock, ZoneId zone) {
        this.tasks = tasks;
        this.session = session;
        this.clock = clock;
        this.recovery = new UnsavedCallsAction(tasks, session, clock, longWork, problem, this::refresh);
        this.zone = zone;
        this.jobs = new CallsJobs(tasks, session, clock, zone, longWork, problem);
        day.set(ConsoleDay.today(clock.instant(), zone).date());
        this.auto = new AutoRefresh(tasks, refreshSeconds, clock, zone, this::refresh);
        session.addListener((o, old, now) -> {
            search.set("");
            query.set(browsing);
            rows.clear();
            if (auto.visible().get()) {
                refresh();
            }
        });
        statusFilter.addListener((o, was, now) -> {
            shownRows.setPredicate(filter());
            updateSummary();
        });
        day.addListener((o, was, picked) -> {
            if (picked != null) {
                showDay();
            }
        });
    }

    @Override
    public void shown() {
        auto.visible().set(true);
        refresh();
    }

    @Override
    public void hidden() {
        auto.visible().set(false);
        auto.cancel();
    }

    @Override
    public void refresh() {
        auto.cancel();
        Session current = session.getValue();
        if (current == null) {
            summary.set("Not connected yet: the status bar says what is happening; Settings connects.");
            return;
        }
        var gateway = current.calls();
        if (gateway.isEmpty()) {
            problem.set("The stack is not deployed in this region (no CallsTableName output): deploy it from the Deploy page.");
            return;
        }
        if (loading) {
            reloadWhenDone = true;
            return;
        }
        loading = true;
        int limit = Math.min(500, Math.max(PAGE_SIZE, rows.size()));
        CallsQuery shown = query.get();
        tasks.submit("Loading calls", progress -> load(gateway.get(), shown, limit),
                loaded -> {
                    loading = false;
                    if (session.getValue() == current && shown.equals(query.get())) {
                        show(loaded, shown);
                    }
                    afterLoad();
                },
                failure -> {
                    loading = false;
                    problem.set(AwsProblems.describe(failure, current.target()).text());
                    afterLoad();
                });
    }

    private void afterLoad() {
        if (reloadWhenDone) {
            reloadWhenDone = false;
            refresh();
        } else {
            auto.scheduleNext();
        }
    }

    /** The page, and the chart of the same query: a day's calls per hour of that day, otherwise the last 24 h. */
    private Loaded load(CallsGateway calls, CallsQuery shown, int limit) {
        Instant now = clock.instant();
        CallLogPage page = shown.page(calls, limit, null, now);
        if (shown instanceof CallsQuery.OnDay onDay) {
            List<CallRecord> ofDay = page.nextCursor() == null ? page.calls()
                    : calls.between(onDay.day().start(), onDay.day().end(), CHART_MAX_CALLS, null).calls();
            return new Loaded(page, CallsPerHour.ofDay(ofDay, onDay.day()), now, shown.chartTitle());
        }
        List<CallRecord> lastDay = shown instanceof CallsQuery.Newest ? calls.since(now, 24, CHART_MAX_CALLS) : page.calls();
        return new Loaded(page, CallsPerHour.of(lastDay, now, zone), now, shown.chartTitle());
    }

    private void show(Loaded loaded, CallsQuery shown) {
        problem.set(loaded.page().calls().isEmpty() ? shown.problemWhenNothingFound() : "");
        List<String> revealed = rows.stream().filter(r -> r.caller().revealed().get()).map(CallRow::contactId).toList();
        rows.setAll(loaded.page().calls().stream().map(CallRow::new).toList());
        rows.stream().filter(r -> revealed.contains(r.contactId())).forEach(r -> r.caller().revealed().set(true));
        cursor = loaded.page().nextCursor();
        hasMore.set(cursor != null);
        hourly.setAll(loaded.hourly());
        chartTitle.set(loaded.chartTitle());
        updateSummary();
        auto.loaded(loaded.at());
    }

    public void loadMore() {
        Session current = session.getValue();
        if (cursor == null || current == null || current.calls().isEmpty()) {
            return;
        }
        CallsGateway calls = current.calls().get();
        CallsQuery shown = query.get();
        String from = cursor;
        tasks.submit("Loading more calls", progress -> shown.page(calls, PAGE_SIZE, from, clock.instant()),
                page -> {
                    if (!shown.equals(query.get()) || !from.equals(cursor)) {
                        return; // the query changed or the table was reloaded meanwhile: this page belongs to neither
                    }
                    rows.addAll(page.calls().stream().map(CallRow::new).toList());
                    cursor = page.nextCursor();
                    hasMore.set(cursor != null);
                    updateSummary();
                },
                failure -> problem.set(AwsProblems.describe(failure, current.target()).text()));
    }

    /** What the table holds, and how many of those the status filter shows when it hides some. */
    private void updateSummary() {
        String all = query.get().summary(rows.size());
        summary.set(ALL_STATUSES.equals(statusFilter.get()) || all.isEmpty() ? all
                : all + " · " + shownRows.size() + " " + statusFilter.get() + " shown");
    }

    private java.util.function.Predicate<CallRow> filter() {
        String status = statusFilter.get();
        return status == null || ALL_STATUSES.equals(status) ? null : row -> row.status().equals(status);
    }

    /**
     * A date typed into the day picker: the day, or null with an inline message saying what to type
     * (the picker then keeps the day it showed).
     */
    public LocalDate typedDay(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return day.get();
        }
        try {
            LocalDate parsed = LocalDate.parse(typed);
            problem.set("");
            return parsed;
        } catch (java.time.format.DateTimeParseException notADate) {
            problem.set("'" + typed + "' is not a date: type the day as YYYY-MM-DD, e.g. "
                    + ConsoleDay.today(clock.instant(), zone).date() + ", or pick it from the calendar.");
            return null;
        }
    }

    /**
     * Shows one caller's history (a phone number) or one call (a ContactId); an inline message says what
     * to type when it is neither. An empty search goes back to browsing.
     */
    public void search() {
        String typed = search.get() == null ? "" : search.get().strip();
        if (typed.isEmpty()) {
            clearSearch();
            return;
        }
        Optional<CallsQuery> found = CallSearch.parse(typed);
        if (found.isEmpty()) {
            problem.set(CallSearch.whatToType(typed));
            return;
        }
        use(found.get());
    }

    /** Back to what was browsed before the search: the newest calls or the chosen day. */
    public void clearSearch() {
        search.set("");
        use(browsing);
    }

    /** The newest calls across all callers ("All recent"). */
    public void showRecent() {
        browsing = CallsQuery.NEWEST;
        clearSearch();
    }

    /** The calls of the {@link #day()} picked, in the console's time zone. */
    public void showDay() {
        if (day.get() == null) {
            return;
        }
        browsing = new CallsQuery.OnDay(new ConsoleDay(day.get(), zone));
        clearSearch();
    }

    private void use(CallsQuery next) {
        problem.set("");
        if (!longWork.running().get()) {
            longWork.message().set(""); // a result of the last query is no news for the next
        }
        query.set(next);
        rows.clear();
        cursor = null;
        hasMore.set(false);
        summary.set("");
        refresh();
    }

    /** Writes every call of the current query (all pages) that the status filter shows to {@code file}, with progress; cancellable. */
    public void exportCsv(Path file) {
        var keep = filter();
        jobs.exportCsv(file, query.get(), keep == null ? null : call -> keep.test(new CallRow(call)));
    }

    /** Sandbox only: plays {@link #simulateCount()} calls through the vanity flow, then shows them. */
    public void simulate() {
        jobs.simulate(this::refresh);
    }

    /** Shows the one call with this ContactId (a link from an execution), as a search for it would. */
    public void showCall(String contactId) {
        search.set(contactId);
        search();
    }

    /** Where the selected call's links lead (the app's other pages). */
    public ObjectProperty<CallLinks> links() {
        return links;
    }

    /** The row the user selected: what "Executions", "Replay" and "Open item" act on. */
    public ObjectProperty<CallRow> selected() {
        return selected;
    }

    /** "Executions": the selected call's Step Functions executions. */
    public void openExecutions() {
        if (selected.get() != null) {
            links.get().showExecutions(selected.get().contactId());
        }
    }

    /** "Replay": Replay's Invoke tab with the selected call's event. */
    public void openReplay() {
        if (selected.get() != null) {
            links.get().replay(CallLinks.eventOf(selected.get().call()));
        }
    }

    /** "Open item": the selected call's item in the call log table, every attribute. */
    public void openItem() {
        if (selected.get() != null) {
            links.get().openItem(selected.get().contactId());
        }
    }

    /** "Recover unsaved calls…" on this page's connection (AWS only). */
    public UnsavedCallsAction recovery() {
        return recovery;
    }

    /** Whether an auto-refresh is waiting (false while the page is hidden). */
    public boolean refreshScheduled() {
        return auto.scheduled();
    }

    public ObservableList<CallRow> rows() {
        return rows;
    }

    public ObservableList<CallsPerHour.HourCount> hourly() {
        return hourly;
    }

    /** The rows the status filter lets through, in load order (the table sorts its own view of them). */
    public ObservableList<CallRow> shownRows() {
        return shownRows;
    }

    /** {@link #ALL_STATUSES} or one status (OK, NO_VANITY, INVALID_NUMBER): which calls the table shows. */
    public StringProperty statusFilter() {
        return statusFilter;
    }

    public List<String> statuses() {
        return List.of(ALL_STATUSES, "OK", "NO_VANITY", "INVALID_NUMBER");
    }

    /** What the chart shows: the last 24 h, or the day picked. */
    public StringProperty chartTitle() {
        return chartTitle;
    }

    /** The titles of the table's hidden columns, comma-separated: kept in the preferences across restarts. */
    public StringProperty hiddenColumns() {
        return hiddenColumns;
    }

    public StringProperty searchText() {
        return search;
    }

    /** What the table shows now. */
    public javafx.beans.property.ReadOnlyObjectProperty<CallsQuery> query() {
        return query;
    }

    /** The day "Day" shows (console time zone); picking one shows it. Today when the page opens. */
    public ObjectProperty<LocalDate> day() {
        return day;
    }

    /** True while the newest calls are shown ("All recent"), false for a day or a search. */
    public BooleanBinding browsingRecent() {
        return browsingRecent;
    }

    /** True while one day's calls are shown. */
    public BooleanBinding browsingDay() {
        return browsingDay;
    }

    /** The table's placeholder: what finding nothing means for the current query. */
    public StringBinding nothingFound() {
        return Bindings.createStringBinding(() -> query.get().nothingFound(), query);
    }

    /** "Updated 08:10:20" after each successful load (console time zone), and "Refresh paused" when it is. */
    public StringBinding updated() {
        return auto.updated();
    }

    public StringProperty problem() {
        return problem;
    }

    public StringProperty summary() {
        return summary;
    }

    public BooleanProperty hasMore() {
        return hasMore;
    }

    public BooleanProperty autoRefresh() {
        return auto.on();
    }

    public IntegerProperty simulateCount() {
        return jobs.simulateCount();
    }

    public BooleanBinding canSimulate() {
        return Bindings.createBooleanBinding(() -> session.getValue() != null && session.getValue().isSandbox(), session);
    }

    public LongWork longWork() {
        return longWork;
    }

    public ZoneId zone() {
        return zone;
    }

    /** @param at when the load read the call log: the time "Updated" shows */
    private record Loaded(CallLogPage page, List<CallsPerHour.HourCount> hourly, Instant at, String chartTitle) {
    }
}
