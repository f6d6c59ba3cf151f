package io.switchboard.desktop.replay;

import io.switchboard.desktop.aws.AwsProblems;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.replay.cases.TestCase;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.ui.LongWork;
import io.switchboard.flows.simulator.CallTranscript;
import io.switchboard.flows.simulator.EndingKind;
import io.switchboard.flows.simulator.TranscriptStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
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
 * Play a call: a shipped flow or a flow file, a caller and attributes through the simulator; the
 * transcript (live while the call plays) with timings and dead air, beside the flow's validator findings.
 */
public final class PlayViewModel {
    public static final String ANY_ENDING = "Any ending";

    private final TaskExecutor tasks;
    private final ObservableValue<Session> session;
    private final Consumer<TestCase> saveCase;
    private final PlayFlows flows;
    private final StringProperty flow;
    private final StringProperty caller = new SimpleStringProperty("+18003569377");
    private final StringProperty attributes = new SimpleStringProperty("");
    private final BooleanProperty fast = new SimpleBooleanProperty(true);
    private final StringProperty dtmf = new SimpleStringProperty("");
    private final StringProperty dtmfProblem = new SimpleStringProperty("");
    private final BooleanProperty hoursOpen = new SimpleBooleanProperty(true);
    private final StringProperty flowsFolder = new SimpleStringProperty("");
    private final StringProperty callerProblem = new SimpleStringProperty("");
    private final StringProperty attributesProblem = new SimpleStringProperty("");
    private final ObservableList<TranscriptRow> rows = FXCollections.observableArrayList();
    private final StringProperty ending = new SimpleStringProperty("");
    private final StringProperty totals = new SimpleStringProperty("");
    private final StringProperty warnings = new SimpleStringProperty("");
    private final ObjectProperty<CallTranscript> transcript = new SimpleObjectProperty<>();
    private final StringProperty caseName = new SimpleStringProperty("");
    private final StringProperty expectEnding = new SimpleStringProperty(ANY_ENDING);
    private final StringProperty expectHeard = new SimpleStringProperty("");
    private final LongWork work = new LongWork();
    private final ProposedValue proposedName = new ProposedValue(caseName);
    private final ProposedValue proposedEnding = new ProposedValue(expectEnding, ANY_ENDING);

    public PlayViewModel(TaskExecutor tasks, ObservableValue<Session> session, Consumer<TestCase> saveCase, RecentFlows recent) {
        this.tasks = tasks;
        this.session = session;
        this.saveCase = saveCase;
        this.flows = new PlayFlows(tasks, session, recent);
        this.flow = flows.selected();
        caller.addListener((o, a, number) -> callerProblem.set(PlayInput.callerProblem(number)));
        attributes.addListener((o, a, text) -> attributesProblem.set(PlayInput.attributesProblem(text)));
        dtmf.addListener((o, a, text) -> dtmfProblem.set(PlayInput.dtmfProblem(text)));
        flow.addListener((o, was, now) -> suggestFlowsFolder(was, now));
    }

    /** A flow file's TransferToFlow most likely goes to its neighbours: offer its folder, unless the user chose another. */
    private void suggestFlowsFolder(String was, String now) {
        String before = FlowSource.isFile(was) ? String.valueOf(Path.of(was).getParent()) : "";
        if (flowsFolder.get().isBlank() || flowsFolder.get().equals(before)) {
            flowsFolder.set(FlowSource.isFile(now) && Path.of(now).getParent() != null ? Path.of(now).getParent().toString() : "");
        }
    }

    public BooleanBinding canPlay() {
        return work.running().not().and(callerProblem.isEmpty()).and(attributesProblem.isEmpty()).and(dtmfProblem.isEmpty())
                .and(flows.problem().isEmpty());
    }

    public void play() {
        Session current = session.getValue();
        callerProblem.set(PlayInput.callerProblem(caller.get()));
        if (!callerProblem.get().isEmpty() || !attributesProblem.get().isEmpty() || !dtmfProblem.get().isEmpty()) {
            return;
        }
        if (current == null) {
            work.fail("Not connected yet.");
            return;
        }
        PlayRequest request = new PlayRequest(flow.get(), caller.get().strip(), PlayInput.attributes(attributes.get()), fast.get(),
                PlayInput.dtmf(dtmf.get()), hoursOpen.get(), flowsFolder.get());
        rows.clear();
        ending.set("");
        totals.set("");
        warnings.set("");
        flows.inspect();
        work.begin("Playing " + FlowSource.label(request.flow()).strip());
        work.track(tasks.submit("Playing a call", (progress, live) -> CallPlayback.play(current, request, progress, live),
                this::showLive, this::show, this::failed));
    }

    private void showLive(TranscriptStep step) {
        rows.add(TranscriptRow.live(step));
    }

    private void failed(Throwable failure) {
        Session current = session.getValue();
        work.fail(failure instanceof FlowFile.NotAFlowException || current == null ? failure.getMessage()
                : AwsProblems.describe(failure, current.target()).text());
    }

    private void show(CallTranscript call) {
        transcript.set(call);
        rows.setAll(TranscriptRow.of(call));
        var end = call.ending();
        String precisely = end.kind().name().equals(end.kind().outcome()) ? "" : " " + end.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        ending.set(TranscriptRow.readable(end.kind().outcome() + precisely + (end.detail() == null || end.detail().isEmpty() ? "" : " (" + end.detail() + ")")
                + " at '" + end.actionId() + "'" + (end.throughErrorBranch() ? ", through an error branch" : "")));
        totals.set("Total " + TranscriptRow.seconds(call.totalDuration()) + " · dead air " + TranscriptRow.seconds(call.deadAir())
                + " over " + call.lambdaCalls().size() + " Lambda call(s)");
        warnings.set(String.join("\n", call.warnings()));
        proposedName.propose(FlowSource.label(flow.get()).strip() + " " + caller.get().strip());
        proposedEnding.propose(end.kind().outcome());
        work.finish("Played in " + TranscriptRow.seconds(call.totalDuration()) + " of call time");
    }

    /** Saves this call's setup and the expectations as a Play test case: a testing-language document beside its entry point. */
    public void saveAsCase() {
        if (caseName.get().isBlank()) {
            work.fail("Name the test case first.");
            return;
        }
        if (!callerProblem.get().isEmpty() || !attributesProblem.get().isEmpty() || !dtmfProblem.get().isEmpty()) {
            work.fail("Fix the call first: " + callerProblem.get() + attributesProblem.get() + dtmfProblem.get());
            return;
        }
        String mustEnd = ANY_ENDING.equals(expectEnding.get()) ? null : expectEnding.get();
        try {
            saveCase.accept(TestCase.of(caseName.get(), new TestCase.PlayCase(flow.get(), caller.get().strip(),
                    PlayInput.attributes(attributes.get()), fast.get(), mustEnd, expectHeard.get(),
                    PlayInput.dtmf(dtmf.get()), !hoursOpen.get(), flowsFolder.get())));
        } catch (IllegalArgumentException notExpressible) {
            work.fail("Cannot save: " + notExpressible.getMessage() + ".");
        }
    }

    /** The call set up here, without expectations: the entry point an imported document runs from. */
    public TestCase.PlayCase entryPoint() {
        return new TestCase.PlayCase(flow.get(), caller.get().strip(), PlayInput.attributes(attributes.get()), fast.get(),
                null, null, PlayInput.dtmf(dtmf.get()), !hoursOpen.get(), flowsFolder.get());
    }

    public List<String> endings() {
        List<String> all = new ArrayList<>(List.of(ANY_ENDING));
        all.addAll(EndingKind.OUTCOMES);
        return all;
    }

    /** The flows to choose from, opening files and folders, and the chosen flow's findings. */
    public PlayFlows flows() { return flows; }
    public StringProperty flow() { return flow; }
    public StringProperty caller() { return caller; }
    public StringProperty attributes() { return attributes; }
    public BooleanProperty fast() { return fast; }
    /** The caller's keypad entries, comma-separated, one per input block the call reaches. */
    public StringProperty dtmf() { return dtmf; }
    public StringProperty dtmfProblem() { return dtmfProblem; }
    public BooleanProperty hoursOpen() { return hoursOpen; }
    /** Where TransferToFlow finds its target flows; empty: the call ends TRANSFERRED_TO_FLOW. */
    public StringProperty flowsFolder() { return flowsFolder; }
    public StringProperty callerProblem() { return callerProblem; }
    public StringProperty attributesProblem() { return attributesProblem; }
    public ObservableList<TranscriptRow> rows() { return rows; }
    public StringProperty ending() { return ending; }
    public StringProperty totals() { return totals; }
    public StringProperty warnings() { return warnings; }
    public ObjectProperty<CallTranscript> transcript() { return transcript; }
    public StringProperty caseName() { return caseName; }
    public StringProperty expectEnding() { return expectEnding; }
    public StringProperty expectHeard() { return expectHeard; }
    public LongWork work() { return work; }
}
