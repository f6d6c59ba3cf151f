package io.switchboard.desktop.task;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A running or scheduled piece of work: cancel it, or watch its progress. The properties change
 * on the UI thread only.
 */
public final class TaskHandle {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private volatile Runnable onCancel = () -> { };

    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            onCancel.run();
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    void whenCancelled(Runnable action) {
        this.onCancel = action;
    }

    /** Called on the UI thread by the executor. */
    void show(double fraction, String text) {
        progress.set(fraction);
        message.set(text == null ? "" : text);
    }
}
