package io.switchboard.desktop.executions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.switchboard.desktop.aws.AwsProblems;
import io.switchboard.desktop.aws.ExecutionsGateway;
import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionDetail;
import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionEvent;
import io.switchboard.desktop.aws.ExecutionsGateway.StateMachine;
import io.switchboard.desktop.connect.EventTemplates;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.ui.CallerNumber;
import io.switchboard.desktop.ui.PageModel;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The stack's state machines and their executions, polled live while visible; details on selection. */
public final class ExecutionsViewModel implements PageModel {
    public static final List<String> STATUSES = List.of("All", "RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final TaskExecutor tasks;
    private final ObservableValue<Session> session;
    /** Rows of the newest page on top, then older pages; one page of 1,000 per older fetch. */
    static final int NEWEST_PAGE = 100;
    static final int OLDER_PAGE = 1_000;

    /** Callers are looked up in the background for the newest rows (and any row the user sees). */
    static final int CALLER_LOOKUPS_NEWEST = 200;

    private final ExecutionPoller<Fetched> poller;
    private final CallerLookups callerLookups;
    private final ObservableList<StateMachine> stateMachines = FXCollections.observableArrayList();
    private final ObjectProperty<StateMachine> stateMachine = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("All");
    private final ExecutionRows rows = new ExecutionRows();
    /** Where the older pages continue ({@code null} once all are shown); touched on the FX thread only. */
    private String olderToken;
    private boolean newestNext = true;
    /** The state machine and filter the rows belong to: rows are kept when the page is shown again. */
    private String shownFor;
    private final ObjectProperty<ExecutionRow> selected = new SimpleObjectProperty<>();
    /** True while rows are replaced in place (FX thread only): see {@link #replacingRows}. */
    private boolean replacingRows;
    private final ObservableList<ExecutionEvent> history = FXCollections.observableArrayList();
    private CallerNumber watchedCaller;
    private ChangeListener<Boolean> revealChanged;
    private final StringProperty input = new SimpleStringProperty("");
    private final StringProperty output = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    /** Callers by execution ARN, once read from the input ({@code ""}: none); an input never changes. */
    private final Map<String, String> callers = new HashMap<>();
    private boolean visible;
    /** A ContactId whose execution is selected once it is listed and finished (demos); touched on the FX thread only. */
    private String selectWhenFinished;
    private final StringProperty detailsTab = new SimpleStringProperty("graph");
    /** Name, ContactId or caller: narrows the rows shown (see {@link ExecutionSearch}). */
    private final StringProperty search = new SimpleStringProperty("");
    private final FilteredList<ExecutionRow> shownRows = new FilteredList<>(rows.rows());
    /** A ContactId whose newest execution is selected as soon as it is listed (any status); FX thread only. */
    private String selectNewestOf;
    private final ExecutionDiagram diagram = new ExecutionDiagram();
    private final ExecutionRedrive redrive;
    private final ExecutionDetailsReader reader = new ExecutionDetailsReader();
    private java.util.function.Consumer<String> openCall = contactId -> { };
    private final ObjectProperty<ExecutionEvent> selectedEvent = new SimpleObjectProperty<>();

    public ExecutionsViewModel(TaskExecutor tasks, ObservableValue<Session> session) {
        this.tasks = tasks;
        this.session = session;
        this.redrive = new ExecutionRedrive(tasks, session, selected, diagram, problem, this::details);
        // ≤ 1 ListExecutions per second per view; up to 30 s apart while Step Functions throttles.
        this.poller = new ExecutionPoller<>(tasks, Duration.ofSeconds(1), Duration.ofSeconds(30), ExecutionsGateway::isThrottling);
        // ≤ 4 DescribeExecution per second per view (one every 250 ms), for the Caller column.
        this.callerLookups = new CallerLookups(tasks, Duration.ofMillis(250), Duration.ofSeconds(30),
                ExecutionsGateway::isThrottling, CALLER_LOOKUPS_NEWEST);
        session.addListener((o, a, b) -> {
            poller.stop();
            callerLookups.stop();
            stateMachines.clear();
            machinesListed.set(false);
            rows.clear();
            callers.clear();
            olderToken = null;
            shownFor = null;
            if (visible) {
                shown();
            }
        });
        stateMachine.addListener((o, a, b) -> restartPolling());
        status.addListener((o, a, b) -> restartPolling());
        search.addListener((o, a, q) -> shownRows.setPredicate(ExecutionSearch.matching(q)));
        // A row replaced to fill its caller is the same execution: no second DescribeExecution.
        selected.addListener((o, a, row) -> {
            if (!replacingRows && (a == null || row == null || !a.execution().equals(row.execution()))) {
                details(row);
            }
        });
    }

    @Override
    public void shown() {
        visible = true;
        Session current = session.getValue();
        if (current == null) {
            return;
        }
        if (!current.hasStepFunctions()) {
            problem.set("Step Functions is not available on this connection.");
            return;
        }
        tasks.submit("Listing state machines", progress -> current.executions().stateMachines(), found -> {
            stateMachines.setAll(found);
            machinesListed.set(true);
            String stackMachine = current.output("AsyncStateMachineArn").orElse("");
            StateMachine chosen = found.stream().filter(sm -> sm.arn().equals(stackMachine)).findFirst()
                    .orElse(found.isEmpty() ? null : found.get(0));
            problem.set(found.isEmpty() ? "No state machines here: deploy the stack first." : "");
            if (Objects.equals(chosen, stateMachine.get())) {
                restartPolling();
            } else {
                stateMachine.set(chosen); // its listener restarts polling: once, not twice (a wasted ListExecutions)
            }
        }, failure -> problem.set(AwsProblems.describe(failure, current.target()).text()));
    }

    @Override
    public void hidden() {
        visible = false;
        poller.stop();
        callerLookups.stop();
    }

    @Override
    public void refresh() {
        shown();
    }

    private void restartPolling() {
        Session current = session.getValue();
        StateMachine machine = stateMachine.get();
        if (!visible || current == null || machine == null) {
            poller.stop();
            callerLookups.stop();
            return;
        }
        String filter = "All".equals(status.get()) ? null : status.get();
        String polling = machine.arn() + " " + filter;
        if (!polling.equals(shownFor)) {
            rows.clear();
            olderToken = null;
            shownFor = polling;
        }
        newestNext = true;
        // One ListExecutions per poll (≤ 1 per second): the newest page, alternating with the next
        // older page while there are older pages to show.
        poller.start(progress -> {
                    String older = olderToken;
                    boolean newest = newestNext || older == null;
                    return new Fetched(newest, current.executions().executions(machine.arn(), filter,
                            newest ? NEWEST_PAGE : OLDER_PAGE, newest ? null : older));
                },
                fetched -> {
                    problem.set("");
                    if (fetched.newest()) {
                        boolean first = rows.rows().isEmpty();
                        replacingRows(() -> rows.mergeNewest(fetched.page(), callers));
                        if (first) {
                            olderToken = fetched.page().nextToken();
                        }
                    } else {
                        rows.appendOlder(fetched.page(), callers);
                        olderToken = rows.full() ? null : fetched.page().nextToken();
                    }
                    newestNext = !fetched.newest();
                    selectPending();
                    callerLookups.wake();
                },
                failure -> problem.set(AwsProblems.describe(failure, current.target()).text()));
        callerLookups.start(rows, arn -> callerIn(current.executions().describe(arn)), this::callerFound);
    }

    /** The execution's row is on screen: its caller is looked up before the others'. */
    public void rowShown(ExecutionRow row) {
        if (!row.caller().known()) {
            callerLookups.seen(row.execution().arn());
        }
    }

    private static String callerIn(ExecutionDetail detail) {
        return EventTemplates.callerOfExecution(detail.input() == null ? "" : detail.input());
    }

    private void callerFound(String arn, String caller) {
        callers.put(arn, caller);
        replacingRows(() -> rows.updateCaller(arn, caller));
    }

    /** One poll's page: the newest executions, or an older page. */
    private record Fetched(boolean newest, ExecutionsGateway.ExecutionPage page) {
    }

    /** Selects the execution of {@code contactId} as soon as it is listed and no longer running (demos, screenshots). */
    public void selectWhenFinished(String contactId) {
        selectWhenFinished = contactId;
        selectPending();
    }

    /** Where "Open call" goes: the Calls page, showing the call with a ContactId (the app links it). */
    public void linkCalls(java.util.function.Consumer<String> openCall) {
        this.openCall = Objects.requireNonNull(openCall);
    }

    /** "Open call": the selected execution's call (same ContactId) on the Calls page. */
    public void openCall() {
        ExecutionRow row = selected.get();
        if (row != null && !row.contactId().isEmpty()) {
            openCall.accept(row.contactId());
        }
    }

    /**
     * Shows the executions of one call: every status, the search set to its ContactId, and its newest
     * execution selected as soon as it is listed. For links from other pages (a call → its executions).
     */
    public void showExecutionsFor(String contactId) {
        status.set("All");
        search.set(contactId == null ? "" : contactId.strip());
        selectNewestOf = search.get().isEmpty() ? null : search.get();
        selectPending();
    }

    private void selectPending() {
        if (selectNewestOf != null) {
            rows.rows().stream().filter(r -> r.contactId().equalsIgnoreCase(selectNewestOf) || r.execution().name().equals(selectNewestOf))
                    .findFirst()
                    .ifPresent(row -> {
                        selectNewestOf = null;
                        selected.set(row);
                    });
        }
        if (selectWhenFinished == null) {
            return;
        }
        rows.rows().stream()
                .filter(r -> r.contactId().equals(selectWhenFinished) && !"RUNNING".equals(r.execution().status()))
                .findFirst()
                .ifPresent(row -> {
                    selectWhenFinished = null;
                    selected.set(row);
                });
    }

    /**
     * Runs a change that may replace rows in place (a new status, a caller filled in). Replacing the
     * selected row drops the table's selection; this selects its new row again without the passing
     * deselection clearing the details, and reloads the details only if the execution itself changed.
     */
    private void replacingRows(Runnable change) {
        ExecutionRow before = selected.get();
        ExecutionRow after = null;
        replacingRows = true;
        try {
            change.run();
            if (before != null) {
                after = rows.row(before.execution().arn());
                if (after != null && after != selected.get()) {
                    selected.set(after);
                }
            }
        } finally {
            replacingRows = false;
        }
        if (after != null && !after.execution().equals(before.execution())) {
            details(after);
        }
    }

    private void details(ExecutionRow row) {
        Session current = session.getValue();
        if (row == null || current == null) {
            history.clear();
            redrive.described(null);
            diagram.clear();
            return;
        }
        String arn = row.execution().arn();
        tasks.submit("Loading execution",
                progress -> reader.read(current.executions(), arn, failure -> AwsProblems.describe(failure, current.target()).text()),
                d -> {
                    callerFound(arn, callerIn(d.detail()));
                    ExecutionRow shown = rows.row(arn);
                    showDetails(d, shown == null ? CallerNumber.unknown() : shown.caller());
                },
                failure -> problem.set(AwsProblems.describe(failure, current.target()).text()));
    }

    /**
     * Shows an execution's details with its caller's number masked like in the table; revealing the
     * caller there (a click on the cell) shows it here too.
     */
    private void showDetails(ExecutionDetailsReader.Details d, CallerNumber caller) {
        if (watchedCaller != null) {
            watchedCaller.revealed().removeListener(revealChanged);
        }
        watchedCaller = caller;
        revealChanged = (o, was, now) -> showDetails(d, caller);
        caller.revealed().addListener(revealChanged);
        input.set(caller.maskedIn(pretty(d.detail().input())));
        output.set(caller.maskedIn(pretty(d.detail().output())));
        error.set(d.detail().error() == null ? "" : caller.maskedIn(d.detail().error() + ": " + d.detail().cause()));
        history.setAll(d.events().stream().map(e -> new ExecutionEvent(e.id(), e.previousId(), e.type(), e.timestamp(),
                e.state(), caller.maskedIn(e.detail()))).toList());
        redrive.described(d.detail().redrive());
        diagram.show(d.definition(), d.definitionProblem(), d.events(), caller::maskedIn);
    }

    /** Stop is offered only for a selected execution that is still running. */
    public javafx.beans.binding.BooleanBinding canStop() {
        return javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() != null && "RUNNING".equals(selected.get().execution().status()), selected);
    }

    /** What the confirmation asks: the execution by name and its caller as the table shows it (masked unless revealed). */
    public String stopQuestion() {
        ExecutionRow row = selected.get();
        if (row == null) {
            return "";
        }
        return "Stop execution " + row.execution().name() + " (caller " + row.caller().text().get() + ")?\n\n"
                + "Step Functions aborts it: a caller whose flow is polling for its result hears the failure branch.";
    }

    public void stopSelected() {
        ExecutionRow row = selected.get();
        Session current = session.getValue();
        if (row == null || current == null || !"RUNNING".equals(row.execution().status())) {
            problem.set("Select a running execution to stop it.");
            return;
        }
        tasks.submit("Stopping execution", progress -> {
            current.executions().stop(row.execution().arn(), "Stopped from Switchboard");
            return row;
        }, stopped -> details(stopped), failure -> problem.set(AwsProblems.describe(failure, current.target()).text()));
    }

    static String pretty(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try {
            return JSON.writeValueAsString(JSON.readTree(json));
        } catch (Exception notJson) {
            return json;
        }
    }

    /** The timeline: each state's time span, from the history. */
    public List<ExecutionTimeline.Span> timeline() {
        return ExecutionTimeline.of(history);
    }


    /** Whether this connection's state machines have been listed (the empty table says "looking" until then). */
    private final javafx.beans.property.BooleanProperty machinesListed = new javafx.beans.property.SimpleBooleanProperty();

    /** What the executions table says when it shows no row: why, and what to do. */
    public javafx.beans.binding.StringBinding emptyText() {
        return javafx.beans.binding.Bindings.createStringBinding(() -> {
            StateMachine machine = stateMachine.get();
            if (!problem.get().isEmpty() && rows.rows().isEmpty()) {
                return problem.get();
            }
            if (machine == null && !machinesListed.get()) {
                return session.getValue() == null ? "Connecting…" : "Looking for the stack's state machines…";
            }
            if (machine == null) {
                return stateMachines.isEmpty() ? "No state machine here yet: deploy the stack (Deploy page), then come back."
                        : "Pick a state machine above to see its executions.";
            }
            String which = "All".equals(status.get()) ? "" : status.get() + " ";
            if (rows.rows().isEmpty()) {
                return "All".equals(status.get())
                        ? "No executions of " + machine.name() + " yet. Replay → Invoke with the async-start template starts one."
                        : "No " + which + "executions of " + machine.name() + ". Choose All to see every status.";
            }
            long known = rows.rows().stream().filter(r -> r.caller().known()).count();
            return "No " + which + "execution matches \u201c" + search.get().strip() + "\u201d by name, ContactId or caller ("
                    + rows.rows().size() + " listed; callers looked up for " + known + " of them). Clear the search to see all.";
        }, stateMachine, stateMachines, status, search, rows.rows(), machinesListed, problem, session);
    }

    public ObservableList<StateMachine> stateMachines() { return stateMachines; }
    public ObjectProperty<StateMachine> stateMachine() { return stateMachine; }
    public StringProperty status() { return status; }
    public ObservableList<ExecutionRow> rows() { return rows.rows(); }
    /** The rows the search lets through, as the table shows them. */
    public ObservableList<ExecutionRow> shownRows() { return shownRows; }
    /** The search: part of a name, a ContactId or a caller's number ({@code ""}: every execution). */
    public StringProperty search() { return search; }
    /** Redrive of the selected execution: offered where Step Functions allows it, confirmed first. */
    public ExecutionRedrive redrive() { return redrive; }
    /** The selected execution's graph, state runs, picked state and definition. */
    public ExecutionDiagram diagram() { return diagram; }
    /** Whether older executions are still to be fetched (a page per other poll). */
    public boolean loadingOlder() { return olderToken != null; }
    public ObjectProperty<ExecutionRow> selected() { return selected; }
    public ObservableList<ExecutionEvent> history() { return history; }
    public StringProperty input() { return input; }
    public StringProperty output() { return output; }
    public StringProperty error() { return error; }
    public StringProperty problem() { return problem; }
    /** The details tab shown: graph, states, history, timeline, input, output or definition. */
    public StringProperty detailsTab() { return detailsTab; }
    /** The history event picked in the table; its whole detail is shown, never cut off. */
    public ObjectProperty<ExecutionEvent> selectedEvent() { return selectedEvent; }

    /** The picked event in full: type, state, time, then its input, output, error or cause as pretty JSON (copyable). */
    public javafx.beans.binding.StringBinding selectedEventDetail() {
        return javafx.beans.binding.Bindings.createStringBinding(() -> {
            ExecutionEvent e = selectedEvent.get();
            if (e == null) {
                return "Pick an event in the history to read its whole input, output, error and cause.";
            }
            return "#" + e.id() + " " + e.type() + (e.state() == null ? "" : " · " + e.state())
                    + (e.timestamp() == null ? "" : " · " + e.timestamp()) + "\n\n" + pretty(e.detail());
        }, selectedEvent);
    }
    public Duration pollInterval() { return poller.interval(); }
}
