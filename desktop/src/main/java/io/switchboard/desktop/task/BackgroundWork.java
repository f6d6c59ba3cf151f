package io.switchboard.desktop.task;

/** Work that runs off the UI thread and may report progress and notice cancellation. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(Progress progress) throws Exception;
}
