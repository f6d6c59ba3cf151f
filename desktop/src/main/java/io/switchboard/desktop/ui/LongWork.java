package io.switchboard.desktop.ui;

import io.switchboard.desktop.task.TaskHandle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The state of one long, cancellable job on a page: progress, a message, and how it ended. */
public final class LongWork {
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private TaskHandle handle;

    /** Call before submitting the work: the same-thread executor may finish it before submit returns. */
    public void begin(String what) {
        handle = null;
        problem.set("");
        progress.unbind();
        progress.set(-1);
        message.set(what + "…");
        running.set(true);
    }

    /** Follows the submitted work's progress while it is still running. */
    public void track(TaskHandle task) {
        if (!running.get()) {
            return;
        }
        handle = task;
        progress.bind(task.progress());
        task.message().addListener((o, a, text) -> {
            if (running.get() && !text.isEmpty()) {
                message.set(text);
            }
        });
    }

    public void finish(String result) {
        progress.unbind();
        running.set(false);
        message.set(result);
    }

    public void fail(String text) {
        progress.unbind();
        running.set(false);
        message.set("");
        problem.set(text);
    }

    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
        progress.unbind();
        running.set(false);
        message.set("Cancelled");
    }

    public BooleanProperty running() {
        return running;
    }

    public DoubleProperty progress() {
        return progress;
    }

    public StringProperty message() {
        return message;
    }

    public StringProperty problem() {
        return problem;
    }
}
