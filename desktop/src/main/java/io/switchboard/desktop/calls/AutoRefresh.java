package io.switchboard.desktop.calls;

import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.task.TaskHandle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableIntegerValue;

/**
 * The Calls page's auto-refresh: the next load scheduled while the page is visible and auto-refresh is
 * on (every refresh interval, at least 2 s), and what "Updated 08:10:20 · Refresh paused" says.
 */
final class AutoRefresh {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final TaskExecutor tasks;
    private final ObservableIntegerValue refreshSeconds;
    private final Clock clock;
    private final ZoneId zone;
    private final Runnable refresh;
    private final BooleanProperty on = new SimpleBooleanProperty(true);
    private final BooleanProperty visible = new SimpleBooleanProperty(false);
    private final ObjectProperty<Instant> updatedAt = new SimpleObjectProperty<>();
    private final StringBinding updated;
    private TaskHandle next;

    AutoRefresh(TaskExecutor tasks, ObservableIntegerValue refreshSeconds, Clock clock, ZoneId zone, Runnable refresh) {
        this.tasks = tasks;
        this.refreshSeconds = refreshSeconds;
        this.clock = clock;
        this.zone = zone;
        this.refresh = refresh;
        updated = Bindings.createStringBinding(this::freshness, updatedAt, on, visible);
        on.addListener((o, was, now) -> scheduleNext());
    }

    /** After a load (or a failed one): the next, if the page is visible and auto-refresh on. */
    void scheduleNext() {
        cancel();
        if (visible.get() && on.get()) {
            next = tasks.schedule(Duration.ofSeconds(Math.max(2, refreshSeconds.get())), refresh);
        }
    }

    void cancel() {
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    boolean scheduled() {
        return next != null && !next.isCancelled();
    }

    /** A load read the call log at {@code at}. */
    void loaded(Instant at) {
        updatedAt.set(at);
    }

    BooleanProperty on() {
        return on;
    }

    BooleanProperty visible() {
        return visible;
    }

    StringBinding updated() {
        return updated;
    }

    /** "Updated 08:10:20" (with the day when not today), and whether auto-refresh is paused (switched off, or the page or window hidden). */
    private String freshness() {
        List<String> parts = new ArrayList<>();
        Instant at = updatedAt.get();
        if (at != null) {
            var local = at.atZone(zone);
            boolean today = ConsoleDay.today(clock.instant(), zone).contains(at);
            parts.add("Updated " + (today ? TIME : DAY_AND_TIME).format(local));
        }
        if (!on.get() || !visible.get()) {
            parts.add("Refresh paused");
        }
        return String.join(" · ", parts);
    }
}
