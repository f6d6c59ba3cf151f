package io.switchboard.desktop.executions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** Gantt-style bars, one row per state, scaled to the execution's span; failed states stand out. */
final class TimelineChart extends GridPane {
    private static final double WIDTH = 700;

    TimelineChart(ExecutionsViewModel model) {
        setHgap(10);
        setVgap(4);
        setPadding(new javafx.geometry.Insets(8));
        model.history().addListener((ListChangeListener<Object>) c -> draw(model.timeline()));
        draw(model.timeline());
    }

    private void draw(List<ExecutionTimeline.Span> spans) {
        getChildren().clear();
        if (spans.isEmpty()) {
            add(new Label("Select an execution to see how long each of its states took."), 0, 0);
            return;
        }
        Instant start = spans.get(0).start();
        Instant end = spans.stream().map(s -> s.end() == null ? Instant.now() : s.end()).max(Instant::compareTo).orElse(start);
        double total = Math.max(1, Duration.between(start, end).toMillis());
        for (int i = 0; i < spans.size(); i++) {
            ExecutionTimeline.Span span = spans.get(i);
            Instant spanEnd = span.end() == null ? end : span.end();
            double offset = Duration.between(start, span.start()).toMillis() / total * WIDTH;
            double width = Math.max(3, Duration.between(span.start(), spanEnd).toMillis() / total * WIDTH);
            Region bar = new Region();
            bar.setPrefSize(width, 14);
            bar.setMaxSize(width, 14);
            bar.setStyle("-fx-background-color: " + (span.failed() ? "-color-danger-emphasis" : "-color-accent-emphasis")
                    + "; -fx-background-radius: 3;");
            StackPane lane = new StackPane(bar);
            lane.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            lane.setPadding(new javafx.geometry.Insets(0, 0, 0, offset));
            lane.setPrefWidth(WIDTH + 10);
            addRow(i, new Label(span.state()), lane, new Label(ElapsedText.of(Duration.between(span.start(), spanEnd))
                    + (span.end() == null ? " (running)" : "")));
        }
    }
}
