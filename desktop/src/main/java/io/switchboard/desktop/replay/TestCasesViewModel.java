package io.switchboard.desktop.replay;

import io.switchboard.desktop.aws.AwsProblems;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.replay.cases.CaseResult;
import io.switchboard.desktop.replay.cases.SuiteRun;
import io.switchboard.desktop.replay.cases.TestCase;
import io.switchboard.desktop.replay.cases.TestCaseStore;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.ui.LongWork;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Saved test cases in the data folder: list, delete, and run them all as a suite with pass/fail per case. */
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

    public TestCasesViewModel(TaskExecutor tasks, ObservableValue<Session> session, TestCaseStore store) {
        this.tasks = tasks;
        this.session = session;
        this.store = store;
    }

    public void reload() {
        tasks.submit("Reading test cases", progress -> store.load(), loaded -> {
            cases.setAll(loaded.cases());
            notice.set(String.join("\n", loaded.problems()));
        }, failure -> notice.set("Could not read " + store.folder() + ": " + failure.getMessage()));
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
        results.clear();
        summary.set("");
        work.begin("Running " + suite.size() + " test case(s)");
        work.track(tasks.submit("Running test cases",
                progress -> SuiteRun.run(suite, new SessionCaseRunner(current, progress), progress),
                done -> {
                    results.setAll(done);
                    summary.set(CaseResult.summary(done));
                    work.finish(CaseResult.summary(done));
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
}
