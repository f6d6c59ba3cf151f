package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * One execution's observable state. It closes exactly once, by succeeding, failing, being stopped
 * or timing out; whichever comes first records the closing history event and wins.
 */
public final class Execution {
    private final ExecutionIdentity identity;
    private final StateMachineDefinition definition;
    private final ExecutionHistory history;
    private final Clock clock;
    private ExecutionStatus status = ExecutionStatus.RUNNING;
    private Instant stopDate;
    private JsonNode output;
    private String error;
    private String cause;
    private Thread worker;
    private final Consumer<Execution> onClosed;
    private int redriveCount;
    private Instant redriveDate;
    /** The top-level state running, or last run, with its input: where a redrive resumes. */
    private ResumePoint resumePoint;

    /** AWS's limit: executions that stopped more than this long ago cannot be redriven. */
    public static final Duration REDRIVABLE_PERIOD = Duration.ofDays(14);
    private static final Duration WORKER_END_WAIT = Duration.ofSeconds(10);

    Execution(ExecutionIdentity identity, StateMachineDefinition definition, Clock clock) {
        this(identity, definition, clock, closed -> { });
    }

    /** {@code onClosed} hears of the execution once, after it closed, on the thread that closed it. */
    Execution(ExecutionIdentity identity, StateMachineDefinition definition, Clock clock, Consumer<Execution> onClosed) {
        this.onClosed = onClosed;
        this.identity = identity;
        this.definition = definition;
        this.clock = clock;
        this.history = new ExecutionHistory(clock);
        this.resumePoint = new ResumePoint(definition.startAt(), identity.input());
        ObjectNode details = AslJson.object();
        details.put("input", AslJson.write(identity.input()));
        details.putObject("inputDetails").put("truncated", false);
        details.put("roleArn", identity.roleArn());
        history.record("ExecutionStarted", "executionStartedEventDetails", details);
    }

    public ExecutionIdentity identity() {
        return identity;
    }

    public StateMachineDefinition definition() {
        return definition;
    }

    public ExecutionHistory history() {
        return history;
    }

    public synchronized ExecutionStatus status() {
        return status;
    }

    /** When it closed, or {@code null} while running. */
    public synchronized Instant stopDate() {
        return stopDate;
    }

    /** The output of a succeeded execution, else {@code null}. */
    public synchronized JsonNode output() {
        return output;
    }

    public synchronized String error() {
        return error;
    }

    public synchronized String cause() {
        return cause;
    }

    /** Stops a running execution (ABORTED); returns false if it had already closed. */
    public boolean stop(String stopError, String stopCause) {
        return close(ExecutionStatus.ABORTED, null, stopError, stopCause, "ExecutionAborted", "executionAbortedEventDetails",
                ExecutionHistory.errorDetails(stopError, stopCause));
    }

    /** Blocks until the execution closes or the timeout passes; returns whether it closed. */
    public synchronized boolean awaitClosed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (status == ExecutionStatus.RUNNING) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** How many times it was redriven (DescribeExecution's redriveCount). */
    public synchronized int redriveCount() {
        return redriveCount;
    }

    /** When it was last redriven, or {@code null}. */
    public synchronized Instant redriveDate() {
        return redriveDate;
    }

    /**
     * Why RedriveExecution would refuse it now, in AWS's words (DescribeExecution's
     * redriveStatusReason), or {@code null} when it can be redriven.
     */
    public synchronized String notRedrivableReason() {
        if (status == ExecutionStatus.RUNNING || status == ExecutionStatus.SUCCEEDED) {
            return "Execution is " + status + " and cannot be redriven";
        }
        if (stopDate != null && stopDate.plus(REDRIVABLE_PERIOD).isBefore(clock.instant())) {
            return "Execution redrivable period exceeded";
        }
        if (history.size() >= ExecutionHistory.MAX_EVENTS - 1) {
            return "Execution history event limit exceeded";
        }
        return null;
    }

    /**
     * Opens a closed execution again for a redrive: records ExecutionRedriven (with the new
     * redriveCount) and makes it RUNNING, to resume at {@link #resumePoint()}. Waits for the worker
     * of the attempt that closed to end first, so nothing it still does lands in the new attempt.
     *
     * @throws NotRedrivable with the reason AWS gives when it cannot be redriven
     */
    synchronized void reopen() throws InterruptedException {
        long deadline = System.nanoTime() + WORKER_END_WAIT.toNanos();
        while (worker != null && System.nanoTime() < deadline) {
            wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        String reason = notRedrivableReason();
        if (reason == null && worker != null) {
            reason = "Execution is still ending its previous attempt";
        }
        if (reason != null) {
            throw new NotRedrivable(reason);
        }
        ObjectNode details = AslJson.object();
        details.put("redriveCount", redriveCount + 1);
        history.reopen("ExecutionRedriven", "executionRedrivenEventDetails", details);
        redriveCount++;
        redriveDate = clock.instant();
        status = ExecutionStatus.RUNNING;
        stopDate = null;
        output = null;
        error = null;
        cause = null;
    }

    /** Where the execution (re)starts: StartAt with its input, or the top-level state that did not succeed. */
    synchronized ResumePoint resumePoint() {
        return resumePoint;
    }

    /** A top-level state starts running with this input. */
    synchronized void entering(String state, JsonNode input) {
        resumePoint = new ResumePoint(state, input);
    }

    boolean timeOut(int attempt) {
        synchronized (this) {
            if (attempt != redriveCount) {
                return false;
            }
        }
        String timeoutCause = "The execution timed out after " + definition.timeoutSeconds() + " seconds";
        return close(ExecutionStatus.TIMED_OUT, null, StatesError.TIMEOUT, timeoutCause, "ExecutionTimedOut",
                "executionTimedOutEventDetails", ExecutionHistory.errorDetails(StatesError.TIMEOUT, timeoutCause));
    }

    void succeed(JsonNode result) {
        ObjectNode details = AslJson.object();
        details.put("output", AslJson.write(result));
        details.putObject("outputDetails").put("truncated", false);
        close(ExecutionStatus.SUCCEEDED, result, null, null, "ExecutionSucceeded", "executionSucceededEventDetails", details);
    }

    void fail(String failError, String failCause) {
        close(ExecutionStatus.FAILED, null, failError, failCause, "ExecutionFailed", "executionFailedEventDetails",
                ExecutionHistory.errorDetails(failError, failCause));
    }

    synchronized void attachWorker(Thread thread) {
        worker = thread;
    }

    synchronized void detachWorker() {
        worker = null;
        notifyAll();
    }

    synchronized boolean isClosed() {
        return status != ExecutionStatus.RUNNING;
    }

    private boolean close(ExecutionStatus newStatus, JsonNode newOutput, String newError, String newCause,
                          String eventType, String detailsField, ObjectNode details) {
        synchronized (this) {
            if (status != ExecutionStatus.RUNNING || !history.close(eventType, detailsField, details)) {
                return false;
            }
            status = newStatus;
            stopDate = clock.instant();
            output = newOutput;
            error = newError;
            cause = newCause;
            notifyAll();
            if (worker != null && worker != Thread.currentThread()) {
                worker.interrupt();
            }
        }
        onClosed.accept(this);
        return true;
    }

    /** A state and the input it is given. */
    record ResumePoint(String state, JsonNode input) {
    }

    /** RedriveExecution's ExecutionNotRedrivable, with AWS's reason. */
    public static final class NotRedrivable extends RuntimeException {
        public NotRedrivable(String reason) {
            super(reason);
        }
    }
}
