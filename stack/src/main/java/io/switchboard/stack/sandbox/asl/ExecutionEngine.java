package io.switchboard.stack.sandbox.asl;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs executions asynchronously, each on its own pool thread, with tasks on a second pool so a
 * task's TimeoutSeconds can be enforced, and a scheduler for the machine's TimeoutSeconds.
 */
public final class ExecutionEngine implements AutoCloseable {
    private final TaskResources resources;
    private final String region;
    private final Clock clock;
    private final double delayScale;
    private final ExecutorService runners = Executors.newCachedThreadPool(daemon("sfn-execution"));
    private final ExecutorService tasks = Executors.newCachedThreadPool(daemon("sfn-task"));
    private final ScheduledExecutorService timeouts = Executors.newSingleThreadScheduledExecutor(daemon("sfn-timeout"));
    /** Status-change listeners run here, never on an execution's, a timeout's or an API request's thread. */
    private final ExecutorService statusChanges = Executors.newSingleThreadExecutor(daemon("sfn-status-change"));
    private final List<java.util.function.Consumer<Execution>> closedListeners = new CopyOnWriteArrayList<>();

    /**
     * @param delayScale factor applied to Wait states and retry intervals (1.0 = real time); tests
     *                   and demos may shorten them, timeouts are never scaled
     */
    public ExecutionEngine(TaskResources resources, String region, Clock clock, double delayScale) {
        this.resources = resources;
        this.region = region;
        this.clock = clock;
        this.delayScale = delayScale;
    }

    public TaskResources resources() {
        return resources;
    }

    /** Records ExecutionStarted and starts running; returns at once. */
    public Execution start(ExecutionIdentity identity, StateMachineDefinition definition) {
        Execution execution = create(identity, definition);
        launch(execution);
        return execution;
    }

    /**
     * Records ExecutionStarted without starting to run: cheap and thread-free, so a caller can make
     * it visible under its own lock and {@link #launch} it after releasing the lock.
     */
    public Execution create(ExecutionIdentity identity, StateMachineDefinition definition) {
        return new Execution(identity, definition, clock, this::closed);
    }

    /** Starts running an execution from {@link #create}; returns at once. */
    public void launch(Execution execution) {
        int attempt = execution.redriveCount();
        ExecutionScope scope = new ExecutionScope(execution.identity().redriven(attempt), execution.history(), clock, resources,
                tasks, region, delayScale);
        if (execution.definition().timeoutSeconds() != null) {
            // A redriven execution has its whole TimeoutSeconds again; the first attempt's timer no longer applies to it.
            timeouts.schedule(() -> execution.timeOut(attempt), execution.definition().timeoutSeconds(), TimeUnit.SECONDS);
        }
        runners.submit(new ExecutionRunner(execution, scope));
    }

    /**
     * Redrives a failed, aborted or timed-out execution (RedriveExecution): records ExecutionRedriven
     * and runs again from the state that did not succeed, with the input that state had.
     *
     * @throws Execution.NotRedrivable with AWS's reason when it cannot be redriven
     */
    public void redrive(Execution execution) throws InterruptedException {
        execution.reopen();
        launch(execution);
    }

    /**
     * Tells {@code listener} of every execution that closes (succeeded, failed, timed out, aborted),
     * asynchronously and in the order they closed, as EventBridge's status-change events would.
     */
    public void onExecutionClosed(java.util.function.Consumer<Execution> listener) {
        closedListeners.add(listener);
    }

    private void closed(Execution execution) {
        if (closedListeners.isEmpty()) {
            return;
        }
        try {
            statusChanges.submit(() -> closedListeners.forEach(listener -> {
                try {
                    listener.accept(execution);
                } catch (RuntimeException ignored) {
                    // A failing listener (a target function's error) must not stop the others or the engine.
                }
            }));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // The engine is closing: no more events.
        }
    }

    @Override
    public void close() {
        statusChanges.shutdownNow();
        timeouts.shutdownNow();
        runners.shutdownNow();
        tasks.shutdownNow();
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
