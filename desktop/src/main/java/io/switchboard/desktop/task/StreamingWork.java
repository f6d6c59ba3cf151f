package io.switchboard.desktop.task;

import java.util.function.Consumer;

/**
 * Background work that hands out partial results while it runs (a live transcript, rows as they
 * arrive): {@code publish} may be called from the worker thread; the executor delivers each item to
 * the UI thread, in order, before the final result.
 */
@FunctionalInterface
public interface StreamingWork<T, I> {
    T run(Progress progress, Consumer<I> publish) throws Exception;
}
