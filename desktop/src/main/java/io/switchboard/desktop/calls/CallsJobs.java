package io.switchboard.desktop.calls;

import io.switchboard.desktop.aws.AwsProblems;
import io.switchboard.desktop.aws.CallsGateway;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.CancelledException;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.task.TaskHandle;
import io.switchboard.desktop.ui.LongWork;
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
import java.util.function.Predicate;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The Calls page's long jobs, each with progress in one {@link LongWork} bar: exporting a query's calls
 * to CSV, and playing simulated traffic in the sandbox. Their closing message ("28 calls exported to …")
 * clears once it is no longer news.
 */
final class CallsJobs {
    /** How long "N calls exported to …" stays once it is no longer news. */
    static final Duration MESSAGE_NEWS = Duration.ofSeconds(15);

    private final TaskExecutor tasks;
    private final ObservableValue<Session> session;
    private final Clock clock;
    private final ZoneId zone;
    private final LongWork longWork;
    private final StringProperty problem;
    private final IntegerProperty simulateCount = new SimpleIntegerProperty(25);
    private TaskHandle messageExpiry;

    CallsJobs(TaskExecutor tasks, ObservableValue<Session> session, Clock clock, ZoneId zone, LongWork longWork, StringProperty problem) {
        this.tasks = tasks;
        this.session = session;
        this.clock = clock;
        this.zone = zone;
        this.longWork = longWork;
        this.problem = problem;
    }

    /**
     * Writes every call of {@code exported} (all pages) that {@code keep} lets through to {@code file}, with
     * progress; cancellable.
     *
     * @param keep the status filter's test, or null for every call
     */
    void exportCsv(Path file, CallsQuery exported, Predicate<CallRecord> keep) {
        Session current = session.getValue();
        if (current == null || current.calls().isEmpty()) {
            return;
        }
        CallsGateway calls = current.calls().get();
        Instant now = clock.instant();
        longWork.begin("Exporting calls");
        longWork.track(tasks.submit("Exporting calls to " + file.getFileName(), progress -> {
            int written = 0;
            String next = null;
            try (Writer out = Files.newBufferedWriter(file)) {
                out.write(CallsCsv.header(zone));
                do {
                    if (progress.isCancelled()) {
                        throw new CancelledException();
                    }
                    CallLogPage page = exported.page(calls, 200, next, now);
                    List<CallRecord> shown = keep == null ? page.calls() : page.calls().stream().filter(keep).toList();
                    CallsCsv.write(out, shown, zone);
                    written += shown.size();
                    next = page.nextCursor();
                    progress.update(next == null ? 1 : -1, written + " calls written");
                } while (next != null);
            }
            return written;
        }, written -> finish(written + (written == 1 ? " call" : " calls") + " exported to " + file),
                failure -> longWork.fail(AwsProblems.describe(failure, current.target()).text())));
    }

    /** Sandbox only: plays {@link #simulateCount()} calls through the vanity flow, then {@code played}. */
    void simulate(Runnable played) {
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
                done -> {
                    finish(done + " calls played through the vanity flow");
                    played.run();
                },
                failure -> longWork.fail(AwsProblems.describe(failure, current.target()).text())));
    }

    IntegerProperty simulateCount() {
        return simulateCount;
    }

    /** Shows a finished job's message, and clears it once it is no longer news unless something else replaced it. */
    private void finish(String message) {
        longWork.finish(message);
        if (messageExpiry != null) {
            messageExpiry.cancel();
        }
        messageExpiry = tasks.schedule(MESSAGE_NEWS, () -> {
            if (message.equals(longWork.message().get()) && !longWork.running().get()) {
                longWork.message().set("");
            }
        });
    }
}
