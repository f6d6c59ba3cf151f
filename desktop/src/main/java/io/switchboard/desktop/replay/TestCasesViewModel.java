package io.switchboard.desktop.replay;

import io.switchboard.desktop.aws.AwsProblems;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.replay.cases.CaseResult;
import io.switchboard.desktop.replay.cases.SuiteRun;
import io.switchboard.desktop.replay.cases.TestCase;
import io.switchboard.desktop.replay.cases.TestCaseStore;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.ui.LongWork;
import io.switchboard.desktop.replay.cases.PlayDocument;
import io.switchboard.desktop.replay.cases.TestCase.PlayCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
 * Saved test cases in the data folder: list, delete, import and export testing-language documents, and
 * run them all as a suite with pass/fail per case (per observation for a Play case).
 */
public final class TestCasesViewModel {
    private final TaskExecutor tasks;
    private final ObservableValue<Session> session;
    private final TestCaseStore store;
    private final ObservableList<TestCase> cases = FXCollections.observableArrayList();
    private final ObjectProperty<TestCase> selected = new SimpleObjectProperty<>();
    private final ObservableList<CaseResult> results = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final LongWork work = new LongWork();
    /** Play cases run ten times faster than real time, whatever speed each was saved with (outcomes stay true). */
    private final BooleanProperty fast = new SimpleBooleanProperty(true);
    private final Supplier<PlayCase> entryPoint;

    /** @param entryPoint the call Play a call is set up for: where an imported document runs from */
    public TestCasesViewModel(TaskExecutor tasks, ObservableValue<Session> session, TestCaseStore store, Supplier<PlayCase> entryPoint) {
        this.tasks = tasks;
        this.session = session;
        this.store = store;
        this.entryPoint = entryPoint;
    }

    public void reload() {
        tasks.submit("Reading test cases", progress -> store.load(), loaded -> {
            cases.setAll(loaded.cases());
            List<String> lines = new ArrayList<>(loaded.problems());
            if (!loaded.migrated().isEmpty()) {
                lines.add("Rewrote " + loaded.migrated().size() + " older Play case(s) as testing-language documents ("
                        + String.join(", ", loaded.migrated()) + "); the old files are kept as *.json" + TestCaseStore.BACKUP_SUFFIX + ".");
            }
            notice.set(String.join("\n", lines));
        }, failure -> notice.set("Could not read " + store.folder() + ": " + failure.getMessage()));
    }

    /**
     * Adds a Connect testing-language document as a Play case that runs from the call set up in Play a
     * call (a document holds no flow or caller). A document that does not parse is not added: every
     * problem is shown in one message.
     */
    public void importDocument(Path file) {
        PlayCase entry = entryPoint.get();
        tasks.submit("Importing a test document", progress -> {
            String document = Files.readString(file);
            List<String> problems = PlayDocument.problems(document);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Could not import " + file.getFileName() + ": it is not a testing-language document ("
                        + String.join("; ", problems) + ").");
            }
            String name = Optional.ofNullable(PlayDocument.nameIn(document))
                    .orElse(file.getFileName().toString().replaceFirst("\\.json$", ""));
            TestCase imported = TestCase.of(name, entry, document);
            store.save(imported);
            return imported;
        }, imported -> {
            reload();
            summary.set("Imported \u201c" + imported.name() + "\u201d to run on " + entry.describe());
        }, failure -> notice.set(failure instanceof java.io.IOException ? "Could not read " + file + ": " + failure.getMessage()
                : failure.getMessage()));
    }

    /** Writes the selected Play case's document as it is, for {@code switchboard test} or {@code CreateTestCase}. */
    public void exportSelected(Path file) {
        TestCase chosen = selected.get();
        if (chosen == null || chosen.play() == null) {
            notice.set("Choose a Play case to export: Invoke cases are Switchboard's own and have no testing-language document.");
            return;
        }
        tasks.submit("Exporting a test document", progress -> {
            Files.writeString(file, chosen.document());
            return file;
        }, written -> summary.set("Exported \u201c" + chosen.name() + "\u201d to " + written + ": run it with switchboard test "
                + written.getFileName() + " --flow " + chosen.play().flow() + " --caller " + chosen.play().caller()),
                failure -> notice.set("Could not export to " + file + ": " + failure.getMessage()));
    }

    public void save(TestCase testCase) {
        tasks.submit("Saving test case", progress -> store.save(testCase), file -> {
            reload();
            summary.set("Saved \u201c" + testCase.name() + "\u201d to " + file);
        }, failure -> notice.set(failure.getMessage()));
    }

    public void deleteSelected() {
        TestCase chosen = selected.get();
        if (chosen == null) {
            return;
        }
        tasks.submit("Deleting test case", progress -> {
            store.delete(chosen.name());
            return chosen;
        }, deleted -> reload(), failure -> notice.set(failure.getMessage()));
    }

    public void runAll() {
        Session current = session.getValue();
        if (current == null) {
            work.fail("Not connected yet.");
            return;
        }
        if (cases.isEmpty()) {
            work.fail("No test cases yet: save one from Invoke or Play a call.");
            return;
        }
        List<TestCase> suite = List.copyOf(cases);
        boolean allFast = fast.get();
        results.clear();
        summary.set("");
        work.begin("Running " + suite.size() + " test case(s)");
        work.track(tasks.submit("Running test cases",
                progress -> SuiteRun.run(suite, new SessionCaseRunner(current, progress, allFast), progress),
                done -> {
                    results.setAll(done);
                    summary.set(CaseResult.summary(done)); // said once, beside Run all; the progress row goes away
                    work.finish("");
                },
                failure -> work.fail(AwsProblems.describe(failure, current.target()).text())));
    }

    public TestCaseStore store() { return store; }
    public ObservableList<TestCase> cases() { return cases; }
    public ObjectProperty<TestCase> selected() { return selected; }
    public ObservableList<CaseResult> results() { return results; }
    public StringProperty summary() { return summary; }
    public StringProperty notice() { return notice; }
    public LongWork work() { return work; }
    public BooleanProperty fast() { return fast; }
}
