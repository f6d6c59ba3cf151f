package io.switchboard.desktop.calls;

import io.switchboard.desktop.aws.AwsProblems;
import io.switchboard.desktop.aws.CallsGateway;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.task.TaskHandle;
import io.switchboard.desktop.ui.CallerNumber;
import io.switchboard.desktop.ui.LongWork;
import io.switchboard.desktop.ui.PageModel;
import io.switchboard.lambdas.calllog.CallLogPage;
import io.switchboard.lambdas.calllog.CallRecord;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The newest calls (or one caller's history), auto-refreshed while visible; export and simulated traffic. */
public final class CallsViewModel implements PageModel {
    static final int PAGE_SIZE = 50;
    private static final int CHART_MAX_CALLS = 2_000;

    private final TaskExecutor tasks;
    private final ObservableValue<Session> session;
    private final ObservableIntegerValue refreshSeconds;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<CallRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CallsPerHour.HourCount> hourly = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty hasMore = new SimpleBooleanProperty(false);
    private final BooleanProperty autoRefresh = new SimpleBooleanProperty(true);
    private final IntegerProperty simulateCount = new SimpleIntegerProperty(25);
    private final LongWork longWork = new LongWork();
    private String caller;
    private String cursor;
    private boolean visible;
    private boolean loading;
    private boolean reloadWhenDone;
    private TaskHandle nextRefresh;

    public CallsViewModel(TaskExecutor tasks, ObservableValue<Session> session, ObservableIntegerValue refreshSeconds, Clock clock, ZoneId zone) {
        this.tasks = tasks;
        this.session = session;
        this.refreshSeconds = refreshSeconds;
        this.clock = clock;
        this.zone = zone;
        session.addListener((o, old, now) -> {
            rows.clear();
            caller = null;
            search.set("");
            if (visible) {
                refresh();
            }
        });
        autoRefresh.addListener((o, was, on) -> scheduleNext());
    }

    @Override
    public void shown() {
        visible = true;
        refresh();
    }

    @Override
    public void hidden() {
        visible = false;
        cancelScheduled();
    }

    @Override
    public void refresh() {
        cancelScheduled();
        Session current = session.getValue();
        if (current == null) {
            summary.set("Connecting…");
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
        String who = caller;
        tasks.submit("Loading calls", progress -> load(gateway.get(), who, limit),
                loaded -> {
                    loading = false;
                    if (session.getValue() == current && java.util.Objects.equals(who, caller)) {
                        show(loaded, who);
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
            scheduleNext();
        }
    }

    private Loaded load(CallsGateway calls, String who, int limit) {
        Instant now = clock.instant();
        CallLogPage page = who == null ? calls.latest(limit, null, now) : calls.history(who, limit, null);
        List<CallRecord> lastDay = calls.since(now, 24, CHART_MAX_CALLS);
        return new Loaded(page, CallsPerHour.of(lastDay, now, zone));
    }

    private void show(Loaded loaded, String who) {
        problem.set("");
        List<String> revealed = rows.stream().filter(r -> r.caller().revealed().get()).map(CallRow::contactId).toList();
        rows.setAll(loaded.page().calls().stream().map(CallRow::new).toList());
        rows.stream().filter(r -> revealed.contains(r.contactId())).forEach(r -> r.caller().revealed().set(true));
        cursor = loaded.page().nextCursor();
        hasMore.set(cursor != null);
        hourly.setAll(loaded.hourly());
        summary.set(who == null ? rows.size() + " newest calls" : rows.size() + " calls from " + CallerNumber.mask(who));
    }

    public void loadMore() {
        Session current = session.getValue();
        if (cursor == null || current == null || current.calls().isEmpty()) {
            return;
        }
        CallsGateway calls = current.calls().get();
        String who = caller;
        String from = cursor;
        tasks.submit("Loading more calls", progress -> who == null ? calls.latest(PAGE_SIZE, from, clock.instant()) : calls.history(who, PAGE_SIZE, from),
                page -> {
                    rows.addAll(page.calls().stream().map(CallRow::new).toList());
                    cursor = page.nextCursor();
                    hasMore.set(cursor != null);
                    summary.set(rows.size() + (who == null ? " newest calls" : " calls from " + CallerNumber.mask(who)));
                },
                failure -> problem.set(AwsProblems.describe(failure, current.target()).text()));
    }

    /** Shows one caller's history; an inline message says what to fix when the number is not one. */
    public void search() {
        String typed = search.get() == null ? "" : search.get().strip();
        if (typed.isEmpty()) {
            clearSearch();
            return;
        }
        var e164 = PhoneNumbers.toE164(typed);
        if (e164.isEmpty()) {
            problem.set("'" + typed + "' is not a phone number: type the caller's number with its country code, e.g. +1 800 356 9377.");
            return;
        }
        caller = e164.get();
        rows.clear();
        refresh();
    }

    public void clearSearch() {
        search.set("");
        caller = null;
        rows.clear();
        refresh();
    }

    /** Writes every call of the current query (all pages) to {@code file}, with progress; cancellable. */
    public void exportCsv(Path file) {
        Session current = session.getValue();
        if (current == null || current.calls().isEmpty()) {
            return;
        }
        CallsGateway calls = current.calls().get();
        String who = caller;
        Instant now = clock.instant();
        longWork.begin("Exporting calls");
        longWork.track(tasks.submit("Exporting calls to " + file.getFileName(), progress -> {
            int written = 0;
            String next = null;
            try (Writer out = Files.newBufferedWriter(file)) {
                out.write(CallsCsv.HEADER);
                do {
                    if (progress.isCancelled()) {
                        throw new io.switchboard.desktop.task.CancelledException();
                    }
                    CallLogPage page = who == null ? calls.latest(200, next, now) : calls.history(who, 200, next);
                    CallsCsv.write(out, page.calls());
                    written += page.calls().size();
                    next = page.nextCursor();
                    progress.update(next == null ? 1 : -1, written + " calls written");
                } while (next != null);
            }
            return written;
        }, written -> longWork.finish(written + " calls exported to " + file),
                failure -> longWork.fail(AwsProblems.describe(failure, current.target()).text())));
    }

    /** Sandbox only: plays {@link #simulateCount()} calls through the vanity flow. */
    public void simulate() {
        Session current = session.getValue();
        if (current == null || !current.isSandbox()) {
            problem.set("Simulated traffic runs in the sandbox only: switch to Sandbox in Settings.");
            return;
        }
        int count = simulateCount.get();
        if (count < 1 || count > 1000) {
            problem.set("Simulate between 1 and 1000 calls.");
            return;
        }
        TrafficSimulator simulator = new TrafficSimulator(current.callPlayer(), clock.millis());
        longWork.begin("Simulating calls");
        longWork.track(tasks.submit("Simulating " + count + " calls", progress -> simulator.play(count, progress),
                played -> {
                    longWork.finish(played + " calls played through the vanity flow");
                    refresh();
                },
                failure -> longWork.fail(AwsProblems.describe(failure, current.target()).text())));
    }

    /**
     * AWS only: writes back the calls of the last {@code days} days that the vanity function answered but
     * could not record (they wait in its log group), with progress; cancellable; then reloads the table.
     */
    public void recoverUnsaved(int days) {
        Session current = session.getValue();
        String unavailable = recoverUnavailableReason(current);
        if (!unavailable.isEmpty()) {
            problem.set(unavailable);
            return;
        }
        if (days < 1 || days > UnsavedCallsRecovery.MAX_DAYS) {
            problem.set("Search between 1 and " + UnsavedCallsRecovery.MAX_DAYS + " days back.");
            return;
        }
        UnsavedCallsRecovery recovery = UnsavedCallsRecovery.on(current).orElseThrow();
        Instant now = clock.instant();
        longWork.begin("Recovering unsaved calls");
        longWork.track(tasks.submit("Recovering unsaved calls", progress -> recovery.recover(now, days, progress),
                report -> {
                    longWork.finish(report.summary());
                    refresh();
                },
                failure -> longWork.fail(AwsProblems.describe(failure, current.target()).text())));
    }

    /** The log group {@link #recoverUnsaved} searches on this connection; empty where it is not offered. */
    public Optional<String> recoverLogGroup() {
        Session current = session.getValue();
        return current == null || current.isSandbox() ? Optional.empty()
                : UnsavedCallsRecovery.on(current).map(UnsavedCallsRecovery::logGroup);
    }

    /** Why {@link #recoverUnsaved} is not offered on this connection; empty when it is. */
    public StringBinding recoverUnavailable() {
        return Bindings.createStringBinding(() -> recoverUnavailableReason(session.getValue()), session);
    }

    public BooleanBinding canRecover() {
        return recoverUnavailable().isEmpty().and(longWork.running().not());
    }

    private static String recoverUnavailableReason(Session current) {
        if (current == null) {
            return "Not connected yet.";
        }
        if (current.isSandbox()) {
            return "The sandbox's functions log to the console, not to CloudWatch Logs, so there are no unsaved calls "
                    + "to recover: connect to an AWS account in Settings.";
        }
        if (UnsavedCallsRecovery.on(current).isEmpty()) {
            return "The stack is not deployed in this region (no call log or vanity function): deploy it from the Deploy page.";
        }
        return "";
    }

    private void scheduleNext() {
        cancelScheduled();
        if (visible && autoRefresh.get()) {
            nextRefresh = tasks.schedule(Duration.ofSeconds(Math.max(2, refreshSeconds.get())), this::refresh);
        }
    }

    private void cancelScheduled() {
        if (nextRefresh != null) {
            nextRefresh.cancel();
            nextRefresh = null;
        }
    }

    /** Whether an auto-refresh is waiting (false while the page is hidden). */
    public boolean refreshScheduled() {
        return nextRefresh != null && !nextRefresh.isCancelled();
    }

    public ObservableList<CallRow> rows() {
        return rows;
    }

    public ObservableList<CallsPerHour.HourCount> hourly() {
        return hourly;
    }

    public StringProperty searchText() {
        return search;
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
        return autoRefresh;
    }

    public IntegerProperty simulateCount() {
        return simulateCount;
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

    private record Loaded(CallLogPage page, List<CallsPerHour.HourCount> hourly) {
    }
}
