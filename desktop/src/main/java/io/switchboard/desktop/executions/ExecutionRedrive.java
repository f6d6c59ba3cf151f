package io.switchboard.desktop.executions;

import io.switchboard.desktop.aws.AwsProblems;
import io.switchboard.desktop.aws.ExecutionsGateway.Redrive;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.TaskExecutor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * Redrive of the selected execution (RedriveExecution). Offered only where Step Functions would
 * accept it — its DescribeExecution says REDRIVABLE — so the console never re-derives AWS's rules
 * (failed, aborted or timed-out STANDARD executions within 14 days); otherwise the hint gives AWS's reason.
 */
public final class ExecutionRedrive {
    private final TaskExecutor tasks;
    private final ObservableValue<Session> session;
    private final ObjectProperty<ExecutionRow> selected;
    private final ExecutionDiagram diagram;
    private final StringProperty problem;
    private final Consumer<ExecutionRow> reload;
    /** What DescribeExecution said of redriving the selected execution, or {@code null}. */
    private final ObjectProperty<Redrive> described = new SimpleObjectProperty<>();

    ExecutionRedrive(TaskExecutor tasks, ObservableValue<Session> session, ObjectProperty<ExecutionRow> selected,
                     ExecutionDiagram diagram, StringProperty problem, Consumer<ExecutionRow> reload) {
        this.tasks = tasks;
        this.session = session;
        this.selected = selected;
        this.diagram = diagram;
        this.problem = problem;
        this.reload = reload;
    }

    /** The selected execution's DescribeExecution answer ({@code null}: none selected). */
    void described(Redrive redrive) {
        described.set(redrive);
    }

    public BooleanBinding offered() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && described.get() != null && described.get().redrivable(),
                selected, described);
    }

    /** What redriving would do, or why Step Functions does not offer it; how often it was redriven. */
    public StringBinding hint() {
        return Bindings.createStringBinding(() -> {
            Redrive redrive = described.get();
            if (selected.get() == null || redrive == null) {
                return "Select a failed, aborted or timed-out execution to redrive it.";
            }
            String count = redrive.count() > 0 ? " Redriven " + redrive.count() + (redrive.count() == 1 ? " time." : " times.") : "";
            return redrive.redrivable() ? "Runs it again from the state that did not succeed." + count
                    : (redrive.reason() == null ? "Step Functions does not offer a redrive for it." : redrive.reason() + ".") + count;
        }, selected, described);
    }

    /** What the confirmation asks: the execution, its (masked) caller, and the state it resumes at. */
    public String question() {
        ExecutionRow row = selected.get();
        if (row == null) {
            return "";
        }
        String from = diagram.runs().get().runs().stream()
                .filter(r -> r.status() == StateRuns.Status.FAILED || r.status() == StateRuns.Status.ABORTED)
                .reduce((first, second) -> second).map(StateRuns.Run::state).orElse(null);
        return "Redrive execution " + row.execution().name() + " (caller " + row.caller().text().get() + ")?\n\n"
                + "Step Functions runs it again " + (from == null ? "from the state that did not succeed" : "from " + from)
                + ", with the input that state had; the states that succeeded do not run again. The execution keeps its "
                + "name and history. A call that stopped polling will not hear the new result.";
    }

    /** Redrives the selected execution (after the user confirmed), then reloads its details. */
    public void confirmed() {
        ExecutionRow row = selected.get();
        Session current = session.getValue();
        if (row == null || current == null || described.get() == null || !described.get().redrivable()) {
            problem.set("Select a failed, aborted or timed-out execution that Step Functions can redrive.");
            return;
        }
        tasks.submit("Redriving execution", progress -> {
            current.executions().redrive(row.execution().arn());
            return row;
        }, reload, failure -> problem.set(AwsProblems.describe(failure, current.target()).text()));
    }
}
