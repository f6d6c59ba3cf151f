package io.switchboard.desktop.calls;

import io.switchboard.desktop.aws.AwsProblems;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.ui.LongWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The Calls page's "Recover unsaved calls…" (decision 0008): offered on AWS connections whose stack is
 * deployed; runs {@link UnsavedCallsRecovery} as the page's long work, then reloads the page.
 */
public final class UnsavedCallsAction {
    private final TaskExecutor tasks;
    private final ObservableValue<Session> session;
    private final Clock clock;
    private final LongWork longWork;
    private final StringProperty problem;
    private final Runnable afterRecovery;
    private final StringBinding unavailable;
    private final BooleanBinding available;

    UnsavedCallsAction(TaskExecutor tasks, ObservableValue<Session> session, Clock clock, LongWork longWork,
                       StringProperty problem, Runnable afterRecovery) {
        this.tasks = tasks;
        this.session = session;
        this.clock = clock;
        this.longWork = longWork;
        this.problem = problem;
        this.afterRecovery = afterRecovery;
        this.unavailable = Bindings.createStringBinding(() -> unavailableReason(session.getValue()), session);
        this.available = unavailable.isEmpty().and(longWork.running().not());
    }

    /**
     * AWS only: writes back the calls of the last {@code days} days that the vanity function answered but
     * could not record (they wait in its log group), with progress; cancellable; then reloads the table.
     */
    public void recover(int days) {
        Session current = session.getValue();
        String unavailable = unavailableReason(current);
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
                    afterRecovery.run();
                },
                failure -> longWork.fail(AwsProblems.describe(failure, current.target()).text())));
    }

    /** The log group {@link #recover} searches on this connection; empty where it is not offered. */
    public Optional<String> logGroup() {
        Session current = session.getValue();
        return current == null || current.isSandbox() ? Optional.empty()
                : UnsavedCallsRecovery.on(current).map(UnsavedCallsRecovery::logGroup);
    }

    /** Why {@link #recover} is not offered on this connection; empty when it is. */
    public StringBinding unavailable() {
        return unavailable;
    }

    public BooleanBinding available() {
        return available;
    }

    private static String unavailableReason(Session current) {
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
}
