package io.switchboard.desktop.replay;

import io.switchboard.desktop.aws.AwsProblems;
import io.switchboard.desktop.aws.FunctionsGateway.Invocation;
import io.switchboard.desktop.connect.ConnectLimits;
import io.switchboard.desktop.connect.EventTemplates;
import io.switchboard.desktop.connect.ResponseMaps;
import io.switchboard.desktop.connection.DataFolder;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.replay.cases.TestCase;
import io.switchboard.desktop.replay.cases.TestCaseStore;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.ui.PageModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Replay: edit a Connect event, invoke a stack function with it, judge the response against Connect's limits. */
public final class ReplayViewModel implements PageModel {
    private static final String EXECUTION_ID = "execution_id";
    static final String NEEDS_EXECUTION = "An async poll asks about an execution: invoke Async start first (the execution it starts"
            + " fills in here), or put an execution's ARN from Executions in execution_id.";

    private final TaskExecutor tasks;
    private final ObservableValue<Session> session;
    private final ObservableList<EventTemplates.Template> templates = FXCollections.observableArrayList(EventTemplates.ALL);
    private final ObjectProperty<EventTemplates.Template> template = new SimpleObjectProperty<>();
    private final StringProperty event = new SimpleStringProperty("");
    private final StringProperty caller = new SimpleStringProperty("");
    private final StringProperty parameters = new SimpleStringProperty("");
    private final StringProperty function = new SimpleStringProperty("Vanity");
    /** Every function of the stack, by readable name (from its outputs). */
    private final ObservableList<String> functionNames = FXCollections.observableArrayList();
    private final StringProperty validation = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty duration = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ObservableList<ResponseRow> response = FXCollections.observableArrayList();
    private final ObservableList<ConnectLimits.Check> checks = FXCollections.observableArrayList();
    private final StringProperty caseName = new SimpleStringProperty("");
    private final StringProperty expectPairs = new SimpleStringProperty("");
    private final StringProperty expectMaxMillis = new SimpleStringProperty(Long.toString(ConnectLimits.DEFAULT_TIMEOUT_MILLIS));
    private final TestCasesViewModel cases;
    private final StringProperty tab = new SimpleStringProperty("invoke");
    private final PlayViewModel play;
    private final ProposedValue proposedName = new ProposedValue(caseName);
    private final ProposedValue proposedExpect = new ProposedValue(expectPairs);
    /** The execution the Async wrapper started last from this page: what the Async poll template asks about. */
    private String lastExecution = "";

    public ReplayViewModel(TaskExecutor tasks, ObservableValue<Session> session) {
        this(tasks, session, new TestCaseStore(DataFolder.resolve().resolve("test-cases")),
                new RecentFlows(DataFolder.resolve().resolve("recent-flows.properties")));
    }

    /** @param store where saved test cases live (the user's data folder in the app); recent flows are kept in memory only */
    public ReplayViewModel(TaskExecutor tasks, ObservableValue<Session> session, TestCaseStore store) {
        this(tasks, session, store, new RecentFlows(null));
    }

    /** @param recent the flow files and folders Play opened last (in the user's data folder in the app) */
    public ReplayViewModel(TaskExecutor tasks, ObservableValue<Session> session, TestCaseStore store, RecentFlows recent) {
        this.tasks = tasks;
        this.session = session;
        this.cases = new TestCasesViewModel(tasks, session, store, this::playEntryPoint);
        this.play = new PlayViewModel(tasks, session, cases::save, recent);
        session.addListener((o, old, now) -> listFunctions(now));
        listFunctions(session.getValue());
        template.addListener((o, old, chosen) -> load(chosen));
        event.addListener((o, old, text) -> validation.set(String.join("\n", EventValidation.check(text))));
        template.set(templates.get(0));
    }

    private void listFunctions(Session current) {
        List<String> names = new java.util.ArrayList<>(current == null ? List.of() : StackFunctions.of(current.outputs()).keySet());
        if (names.isEmpty()) {
            names.addAll(List.of("Async wrapper", "Vanity")); // nothing deployed yet: Invoke says so when used
        }
        functionNames.setAll(names);
    }

    private void load(EventTemplates.Template chosen) {
        if (chosen == null) {
            return;
        }
        String text = EventTemplates.text(chosen.id());
        Map<String, String> params = EventTemplates.parameters(text);
        problem.set("");
        if (params.containsKey(EXECUTION_ID)) {
            params.put(EXECUTION_ID, lastExecution);
            text = EventTemplates.withExactParameters(text, null, null, params);
            problem.set(lastExecution.isEmpty() ? NEEDS_EXECUTION : "");
        }
        event.set(text);
        caller.set(EventTemplates.caller(text));
        parameters.set(PlayInput.lines(params));
        function.set(chosen.id().startsWith("async") ? "Async wrapper" : "Vanity");
    }

    /** Copies the simple fields into the JSON, with a fresh ContactId: the caller, and exactly the parameter lines, in their order. */
    public void applyFields() {
        Map<String, String> params = new LinkedHashMap<>();
        for (String line : parameters.get().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                validation.set("Parameters are one per line as name=value; '" + line.strip() + "' has no '='.");
                return;
            }
            params.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        try {
            event.set(EventTemplates.withExactParameters(event.get(), UUID.randomUUID().toString(), caller.get().strip(), params));
        } catch (IllegalArgumentException notJson) {
            validation.set("Fix the JSON first: " + notJson.getMessage());
        }
    }

    public void invoke() {
        Session current = session.getValue();
        if (current == null) {
            problem.set("Not connected yet.");
            return;
        }
        if (!validation.get().isEmpty()) {
            problem.set("Fix the event first (see above).");
            return;
        }
        // A blank execution_id would make the wrapper start a new execution instead of polling one.
        if (EventTemplates.parameters(event.get()).getOrDefault(EXECUTION_ID, "x").isBlank()) {
            problem.set(NEEDS_EXECUTION);
            return;
        }
        String output = StackFunctions.of(current.outputs()).get(function.get());
        String arn = output == null ? null : current.output(output).orElse(null);
        if (arn == null) {
            problem.set("The stack has no " + function.get() + " function here: deploy the stack first.");
            return;
        }
        String qualifier = current.isSandbox() ? null : "live";
        String payload = event.get();
        problem.set("");
        running.set(true);
        tasks.submit("Invoking " + function.get(), progress -> current.functions().invoke(arn, qualifier, payload),
                this::show, failure -> {
                    running.set(false);
                    problem.set(AwsProblems.describe(failure, current.target()).text());
                });
    }

    private void show(Invocation result) {
        running.set(false);
        response.clear();
        checks.setAll(ConnectLimits.check(result.payload(), result.millis()));
        duration.set(result.millis() + " ms");
        if (result.failed()) {
            problem.set("The function failed (" + result.functionError() + "): " + result.payload() + " (request id " + result.requestId() + ")");
        } else {
            try {
                ResponseMaps.parse(result.payload()).forEach((k, v) -> response.add(new ResponseRow(k, v)));
            } catch (IllegalArgumentException notAMap) {
                problem.set(notAMap.getMessage());
            }
        }
        if (function.get().equals("Async wrapper")) {
            response.stream().filter(r -> r.key().equals(EXECUTION_ID) && !r.value().isBlank()).findFirst()
                    .ifPresent(started -> lastExecution = started.value());
        }
        proposedName.propose(function.get() + " " + caller.get().strip());
        proposedExpect.propose(response.stream().filter(r -> r.key().equals("status")).findFirst()
                .map(status -> "status=" + status.value()).orElse(""));
    }

    @Override
    public void shown() {
        cases.reload();
    }

    /** Saves the event and function with the expectations (key=value lines, a time limit) as an Invoke case. */
    public void saveAsCase() {
        if (!validation.get().isEmpty()) {
            problem.set("Fix the event first (see above).");
            return;
        }
        if (caseName.get().isBlank()) {
            problem.set("Name the test case first.");
            return;
        }
        Long maxMillis;
        try {
            maxMillis = expectMaxMillis.get().isBlank() ? null : Long.parseLong(expectMaxMillis.get().strip());
        } catch (NumberFormatException notANumber) {
            problem.set("The time limit is whole milliseconds, e.g. 3000; '" + expectMaxMillis.get().strip() + "' is not.");
            return;
        }
        try {
            cases.save(TestCase.of(caseName.get(), new TestCase.InvokeCase(function.get(), event.get(),
                    PlayInput.attributes(expectPairs.get()), maxMillis)));
            problem.set("");
        } catch (IllegalArgumentException badPairs) {
            problem.set("Expected values: " + badPairs.getMessage());
        }
    }

    /**
     * A link from another page (a call on the Calls page): the Invoke tab with exactly this event, ready to
     * invoke the Vanity function with it; the simple fields follow the event.
     */
    public void openEvent(String eventJson) {
        tab.set("invoke");
        template.set(templates.get(0)); // the vanity call template, so the list says what kind of event this is
        event.set(eventJson);
        caller.set(EventTemplates.caller(eventJson));
        parameters.set(PlayInput.lines(EventTemplates.parameters(eventJson)));
        function.set("Vanity");
        problem.set("");
    }

    public record ResponseRow(String key, String value) {
    }

    /** Every function of the stack (its outputs' Lambda ARNs), by readable name. */
    public ObservableList<String> functionNames() {
        return functionNames;
    }

    public ObservableList<EventTemplates.Template> templates() { return templates; }
    public ObjectProperty<EventTemplates.Template> template() { return template; }
    public StringProperty event() { return event; }
    public StringProperty caller() { return caller; }
    public StringProperty parameters() { return parameters; }
    public StringProperty function() { return function; }
    public StringProperty validation() { return validation; }
    public StringProperty problem() { return problem; }
    public StringProperty duration() { return duration; }
    public BooleanProperty running() { return running; }
    public ObservableList<ResponseRow> response() { return response; }
    public ObservableList<ConnectLimits.Check> checks() { return checks; }
    /** Imported documents run on the call Play a call is set up for (read when importing, after construction). */
    private TestCase.PlayCase playEntryPoint() {
        return play.entryPoint();
    }

    public StringProperty caseName() { return caseName; }
    public StringProperty expectPairs() { return expectPairs; }
    public StringProperty expectMaxMillis() { return expectMaxMillis; }
    public TestCasesViewModel cases() { return cases; }
    /** The tab showing: {@code invoke}, {@code play} or {@code cases}. */
    public StringProperty tab() { return tab; }
    public PlayViewModel play() { return play; }
}
