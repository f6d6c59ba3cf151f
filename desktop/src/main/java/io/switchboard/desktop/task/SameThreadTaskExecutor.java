package io.switchboard.desktop.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs work at once on the calling thread, for deterministic tests. Scheduled actions wait on a
 * manual clock: {@link #advance(Duration)} runs the ones that fall due.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {
    private final ObservableList<String> activity = FXCollections.observableArrayList();
    private final List<Scheduled> scheduled = new ArrayList<>();
    private Duration now = Duration.ZERO;

    @Override
    public <T> TaskHandle submit(String description, BackgroundWork<T> work, Consumer<T> onSuccess,
                                 Consumer<Throwable> onFailure) {
        return submit(description, (progress, publish) -> work.run(progress), item -> { }, onSuccess, onFailure);
    }

    @Override
    public <T, I> TaskHandle submit(String description, StreamingWork<T, I> work, Consumer<I> onItem, Consumer<T> onSuccess,
                                    Consumer<Throwable> onFailure) {
        TaskHandle handle = new TaskHandle();
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
                handle.show(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return handle.isCancelled();
            }
        };
        T result;
        try {
            result = work.run(progress, item -> {
                if (!handle.isCancelled()) {
                    onItem.accept(item);
                }
            });
        } catch (CancelledException cancelled) {
            return handle;
        } catch (Exception | Error failure) {
            onFailure.accept(failure);
            return handle;
        }
        onSuccess.accept(result);
        return handle;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        TaskHandle handle = new TaskHandle();
        scheduled.add(new Scheduled(now.plus(delay), action, handle));
        return handle;
    }

    /** Moves the manual clock forward and runs what falls due, in time order. */
    public void advance(Duration by) {
        Duration until = now.plus(by);
        while (true) {
            Scheduled next = scheduled.stream()
                    .filter(s -> s.at().compareTo(until) <= 0)
                    .min(Comparator.comparing(Scheduled::at)).orElse(null);
            if (next == null) {
                break;
            }
            scheduled.remove(next);
            now = next.at();
            if (!next.handle().isCancelled()) {
                next.action().run();
            }
        }
        now = until;
    }

    /** How many scheduled actions are still waiting and not cancelled. */
    public long pendingScheduled() {
        return scheduled.stream().filter(s -> !s.handle().isCancelled()).count();
    }

    @Override
    public ObservableList<String> activity() {
        return activity;
    }

    private record Scheduled(Duration at, Runnable action, TaskHandle handle) {
    }
}
