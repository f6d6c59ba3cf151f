package io.switchboard.desktop.executions;

import io.switchboard.desktop.executions.StateGraph.Kind;
import io.switchboard.desktop.executions.StateGraphLayout.Arrow;
import io.switchboard.desktop.executions.StateGraphLayout.Box;
import io.switchboard.desktop.executions.StateGraphLayout.BoxKind;
import io.switchboard.desktop.executions.StateGraphLayout.Point;
import io.switchboard.desktop.executions.StateRuns.Status;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

/** Draws the laid-out graph, each state coloured by what it did; a click picks a state. Drawing only. */
final class StateGraphView extends VBox {
    /** Style class of a state's box; its user data is the state's name. */
    static final String STATE_BOX = "sb-graph-state";
    private static final double MARGIN = 16;
    private final ExecutionDiagram diagram;
    private final Pane canvas = new Pane();
    private final Label empty = new Label();
    private final ScrollPane scroll;

    StateGraphView(ExecutionDiagram diagram) {
        this.diagram = diagram;
        setId("execution-graph");
        setSpacing(6);
        setPadding(new Insets(6));
        HBox legend = new HBox(10);
        legend.setAlignment(Pos.CENTER_LEFT);
        for (Status status : Status.values()) {
            legend.getChildren().add(chip(status));
        }
        empty.setWrapText(true);
        empty.textProperty().bind(diagram.unavailable());
        empty.visibleProperty().bind(diagram.unavailable().isNotEmpty());
        empty.managedProperty().bind(empty.visibleProperty());
        scroll = new ScrollPane(canvas);
        scroll.setPannable(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(legend, empty, scroll);
        diagram.graph().addListener((o, a, b) -> draw());
        diagram.runs().addListener((o, a, b) -> draw());
        diagram.selectedState().addListener((o, a, state) -> {
            draw();
            reveal(state);
        });
    }

    /** Scrolls the graph so the state's box is in view (a state picked in the States table shows here too). */
    void reveal(String state) {
        StateGraphLayout.Laid laid = diagram.graph().get();
        StateGraphLayout.Box box = laid == null || state == null ? null : laid.box(state);
        if (box == null) {
            return;
        }
        double viewW = scroll.getViewportBounds().getWidth();
        double viewH = scroll.getViewportBounds().getHeight();
        double extraW = canvas.getPrefWidth() - viewW;
        double extraH = canvas.getPrefHeight() - viewH;
        if (extraW > 0) {
            scroll.setHvalue(Math.min(1, Math.max(0, (box.x() + MARGIN + box.width() / 2 - viewW / 2) / extraW)));
        }
        if (extraH > 0) {
            scroll.setVvalue(Math.min(1, Math.max(0, (box.y() + MARGIN + box.height() / 2 - viewH / 2) / extraH)));
        }
    }

    private void draw() {
        canvas.getChildren().clear();
        StateGraphLayout.Laid laid = diagram.graph().get();
        if (laid == null) {
            return;
        }
        canvas.setPrefSize(laid.width() + 2 * MARGIN, laid.height() + 2 * MARGIN);
        List<Box> groupsFirst = laid.boxes().stream()
                .sorted((a, b) -> Boolean.compare(!isFrame(a), !isFrame(b))).toList();
        for (Box box : groupsFirst) {
            canvas.getChildren().add(box(box));
        }
        for (Arrow arrow : laid.arrows()) {
            drawArrow(arrow);
        }
    }

    private static boolean isFrame(Box box) {
        return box.kind() == BoxKind.GROUP || box.kind() == BoxKind.BRANCH;
    }

    private javafx.scene.Node box(Box box) {
        StackPane node = new StackPane();
        node.relocate(box.x() + MARGIN, box.y() + MARGIN);
        node.setPrefSize(box.width(), box.height());
        node.setMinSize(box.width(), box.height());
        node.setMaxSize(box.width(), box.height());
        switch (box.kind()) {
            case START, END -> {
                node.setStyle("-fx-background-color: -color-bg-subtle; -fx-border-color: -color-border-default; "
                        + "-fx-background-radius: 13; -fx-border-radius: 13;");
                node.getChildren().add(new Label(box.kind() == BoxKind.START ? "Start" : "End"));
            }
            case BRANCH -> node.setStyle("-fx-border-color: -color-border-default; -fx-border-style: dashed; -fx-border-radius: 6;");
            case GROUP, STATE -> {
                Status status = diagram.runs().get().status(box.state());
                boolean picked = box.state().equals(diagram.selectedState().get());
                node.getStyleClass().add(STATE_BOX);
                node.setUserData(box.state());
                Label name = new Label(box.state());
                name.setStyle("-fx-font-weight: bold;");
                long entries = diagram.runs().get().entries(box.state());
                Label type = new Label(box.type() + " · " + words(status) + (entries > 1 ? " ×" + entries : ""));
                type.setStyle("-fx-font-size: 0.85em;");
                VBox text = new VBox(0, name, type);
                text.setAlignment(box.kind() == BoxKind.GROUP ? Pos.TOP_LEFT : Pos.CENTER);
                text.setPadding(new Insets(box.kind() == BoxKind.GROUP ? 4 : 0, 8, 0, 8));
                node.getChildren().add(text);
                node.setStyle(colours(status, box.kind() == BoxKind.GROUP) + "-fx-border-width: " + (picked ? 3 : 1.5) + ";"
                        + "-fx-background-radius: 6; -fx-border-radius: 6;");
                node.setOnMouseClicked(e -> {
                    diagram.selectedState().set(box.state());
                    e.consume();
                });
                node.setCursor(javafx.scene.Cursor.HAND);
            }
            default -> { }
        }
        return node;
    }

    private void drawArrow(Arrow arrow) {
        Polyline line = new Polyline();
        for (Point p : arrow.points()) {
            line.getPoints().addAll(p.x() + MARGIN, p.y() + MARGIN);
        }
        String colour = arrow.kind() == Kind.CATCH ? "-color-danger-fg" : "-color-fg-muted";
        line.setStyle("-fx-stroke: " + colour + "; -fx-stroke-width: 1.4;" + (arrow.kind() == Kind.CATCH ? " -fx-stroke-dash-array: 6 4;" : ""));
        line.setMouseTransparent(true);
        Point tip = arrow.points().get(arrow.points().size() - 1);
        Point before = arrow.points().get(arrow.points().size() - 2);
        double angle = Math.atan2(tip.y() - before.y(), tip.x() - before.x());
        double x = tip.x() + MARGIN;
        double y = tip.y() + MARGIN;
        Polygon head = new Polygon(x, y, x - 8 * Math.cos(angle - 0.4), y - 8 * Math.sin(angle - 0.4),
                x - 8 * Math.cos(angle + 0.4), y - 8 * Math.sin(angle + 0.4));
        head.setStyle("-fx-fill: " + colour + ";");
        head.setMouseTransparent(true);
        canvas.getChildren().addAll(line, head);
        if (!arrow.label().isEmpty()) {
            Point from = arrow.points().get(0);
            Point to = arrow.points().get(1);
            Label label = new Label(arrow.label());
            label.setStyle("-fx-font-size: 0.8em; -fx-text-fill: " + colour + "; -fx-background-color: -color-bg-default;");
            label.setMouseTransparent(true);
            double lx = (from.x() + to.x()) / 2 + MARGIN + 4;
            double ly = from.y() + MARGIN + 2;
            label.relocate(lx, ly);
            canvas.getChildren().add(label);
        }
    }

    static String words(Status status) {
        return switch (status) {
            case SUCCEEDED -> "succeeded";
            case FAILED -> "failed";
            case CAUGHT -> "caught error";
            case RUNNING -> "running";
            case ABORTED -> "aborted";
            case NOT_ENTERED -> "not entered";
        };
    }

    private static String colours(Status status, boolean group) {
        String fill = switch (status) {
            case SUCCEEDED -> "-color-success-muted";
            case FAILED -> "-color-danger-muted";
            case CAUGHT -> "-color-warning-muted";
            case RUNNING -> "-color-accent-muted";
            case ABORTED -> "-color-neutral-muted";
            case NOT_ENTERED -> "-color-bg-default";
        };
        String border = switch (status) {
            case SUCCEEDED -> "-color-success-emphasis";
            case FAILED -> "-color-danger-emphasis";
            case CAUGHT -> "-color-warning-emphasis";
            case RUNNING -> "-color-accent-emphasis";
            case ABORTED -> "-color-neutral-emphasis";
            case NOT_ENTERED -> "-color-border-default";
        };
        return "-fx-background-color: " + (group ? "transparent" : fill) + "; -fx-border-color: " + border + ";";
    }

    private static HBox chip(Status status) {
        Pane swatch = new Pane();
        swatch.setPrefSize(14, 14);
        swatch.setStyle(colours(status, false) + "-fx-background-radius: 3; -fx-border-radius: 3;");
        HBox chip = new HBox(4, swatch, new Label(words(status)));
        chip.setAlignment(Pos.CENTER_LEFT);
        return chip;
    }
}
