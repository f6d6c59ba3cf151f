package io.switchboard.desktop.task;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Runs work on a pool of daemon threads and delivers everything the UI sees on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService pool = Executors.newCachedThreadPool(daemons("switchboard-worker"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemons("switchboard-timer"));
    private final ObservableList<String> activity = FXCollections.observableArrayList();

    @Override
    public <T> TaskHandle submit(String description, BackgroundWork<T> work, Consumer<T> onSuccess,
                                 Consumer<Throwable> onFailure) {
        return submit(description, (progress, publish) -> work.run(progress), item -> { }, onSuccess, onFailure);
    }

    @Override
    public <T, I> TaskHandle submit(String description, StreamingWork<T, I> work, Consumer<I> onItem, Consumer<T> onSuccess,
                                    Consumer<Throwable> onFailure) {
        TaskHandle handle = new TaskHandle();
        onFx(() -> activity.add(description));
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
                onFx(() -> handle.show(fraction, message));
            }

            @Override
            public boolean isCancelled() {
                return handle.isCancelled() || Thread.currentThread().isInterrupted();
            }
        };
        Runnable job = () -> {
            try {
                // Items and the result all go through runLater, so they arrive in the order they were made.
                T result = work.run(progress, item -> onFx(() -> {
                    if (!handle.isCancelled()) {
                        onItem.accept(item);
                    }
                }));
                onFx(() -> {
                    if (!handle.isCancelled()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (CancelledException cancelled) {
                // the user asked for it: nothing to report
            } catch (Exception | Error failure) {
                onFx(() -> {
                    if (!handle.isCancelled()) {
                        onFailure.accept(failure);
                    }
                });
            } finally {
                onFx(() -> activity.remove(description));
            }
        };
        Future<?> future;
        try {
            future = pool.submit(job);
        } catch (java.util.concurrent.RejectedExecutionException closedAlready) {
            // Work asked for after this executor was closed (a page's late callback): nothing runs.
            return closed(handle, description);
        }
        handle.whenCancelled(() -> future.cancel(true));
        return handle;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        TaskHandle handle = new TaskHandle();
        java.util.concurrent.ScheduledFuture<?> future;
        try {
            future = timer.schedule(() -> onFx(() -> {
                if (!handle.isCancelled()) {
                    action.run();
                }
            }), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closedAlready) {
            // A poll whose answer arrives after its page closed the executor: nothing more is scheduled.
            handle.cancel();
            return handle;
        }
        handle.whenCancelled(() -> future.cancel(false));
        return handle;
    }

    /** After {@link #close()} work is not run: the handle is cancelled and no activity stays behind. */
    private TaskHandle closed(TaskHandle handle, String description) {
        handle.cancel();
        onFx(() -> activity.remove(description));
        return handle;
    }

    @Override
    public ObservableList<String> activity() {
        return activity;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        timer.shutdownNow();
    }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
