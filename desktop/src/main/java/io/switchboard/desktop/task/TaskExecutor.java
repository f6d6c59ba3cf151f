package io.switchboard.desktop.task;

import java.time.Duration;
import java.util.function.Consumer;
import javafx.collections.ObservableList;

/**
 * The one way features run background work. The app's version runs work on a pool and delivers
 * results, failures and progress on the FX thread; tests use {@link SameThreadTaskExecutor}.
 */
public interface TaskExecutor {

    /** Runs {@code work} in the background; exactly one of the callbacks runs afterwards (none when cancelled). */
    <T> TaskHandle submit(String description, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Like {@link #submit(String, BackgroundWork, Consumer, Consumer)}, and each item the work publishes
     * reaches {@code onItem} on the UI thread, in order, before the result (none once cancelled).
     */
    <T, I> TaskHandle submit(String description, StreamingWork<T, I> work, Consumer<I> onItem, Consumer<T> onSuccess,
                             Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread after {@code delay}, unless cancelled first. */
    TaskHandle schedule(Duration delay, Runnable action);

    /** Descriptions of the work running now, for the status bar. */
    ObservableList<String> activity();
}
