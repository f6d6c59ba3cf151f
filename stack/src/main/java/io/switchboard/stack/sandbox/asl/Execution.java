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

    boolean timeOut() {
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
}
