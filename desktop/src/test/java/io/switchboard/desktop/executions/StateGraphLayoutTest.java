package io.switchboard.desktop.executions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.switchboard.desktop.executions.StateGraph.Kind;
import io.switchboard.desktop.executions.StateGraphLayout.Arrow;
import io.switchboard.desktop.executions.StateGraphLayout.Box;
import io.switchboard.desktop.executions.StateGraphLayout.BoxKind;
import io.switchboard.desktop.executions.StateGraphLayout.Laid;
import io.switchboard.desktop.executions.StateGraphLayout.Point;
import io.switchboard.desktop.testing.SharedFlows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The graph view's layout: readable (no box over another, no arrow through a box), and shaped like the definition. */
class StateGraphLayoutTest {
    /** The async wrapper's shape plus a polling loop: Task with Retry and Catch, Choice with a loop back, Fail. */
    static final String POLLING = """
            {"StartAt": "Invoke", "States": {
              "Invoke": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Check",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "RecordFailure"}]},
              "Check": {"Type": "Choice", "Choices": [
                  {"Variable": "$.status", "StringEquals": "DONE", "Next": "RecordSuccess"},
                  {"Variable": "$.status", "StringEquals": "PENDING", "Next": "Pause"}],
                "Default": "Failed"},
              "Pause": {"Type": "Wait", "Seconds": 1, "Next": "Invoke"},
              "RecordSuccess": {"Type": "Pass", "End": true},
              "RecordFailure": {"Type": "Pass", "Next": "Failed"},
              "Failed": {"Type": "Fail", "Error": "Wrapped.Failed"}}}""";
    static final String GROUPS = """
            {"StartAt": "Fan", "States": {
              "Fan": {"Type": "Parallel", "Next": "Each", "Branches": [
                {"StartAt": "A1", "States": {"A1": {"Type": "Pass", "Next": "A2"}, "A2": {"Type": "Pass", "End": true}}},
                {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "End": true}}}]},
              "Each": {"Type": "Map", "ItemsPath": "$.items", "End": true,
                "ItemProcessor": {"StartAt": "Item", "States": {"Item": {"Type": "Pass", "End": true}}}}}}""";

    @Test
    void pollingMachine_statesInRowsFromStartToEnd_catchBesideNext_loopBackUpTheRightSide() {
        StateGraph graph = StateGraph.parse(POLLING);
        Laid laid = StateGraphLayout.of(graph);

        Box start = kind(laid, BoxKind.START);
        Box end = kind(laid, BoxKind.END);
        Box invoke = laid.box("Invoke");
        assertThat(start.y()).isLessThan(invoke.y());
        assertThat(laid.box("Check").y()).isGreaterThan(invoke.y());
        // the Catch target sits in the same row as the normal Next, side by side
        assertThat(laid.box("RecordFailure").y()).isEqualTo(laid.box("Check").y());
        assertThat(laid.box("Pause").y()).isGreaterThan(laid.box("Check").y());
        for (String state : List.of("Invoke", "Check", "Pause", "RecordSuccess", "RecordFailure", "Failed")) {
            assertThat(end.y()).as(state).isGreaterThan(laid.box(state).y());
        }
        Arrow loop = arrow(laid, "Pause", "Invoke");
        assertThat(loop.loop()).isTrue();
        assertThat(loop.points()).anySatisfy(p -> assertThat(p.x()).isGreaterThan(rightmost(laid)));
        assertThat(arrow(laid, "Invoke", "RecordFailure").kind()).isEqualTo(Kind.CATCH);
        assertThat(arrow(laid, "Invoke", "RecordFailure").label()).isEqualTo("Catch States.ALL");
        assertThat(arrow(laid, "Check", "RecordSuccess").label()).isEqualTo("$.status == \"DONE\"");
        assertThat(arrow(laid, "Check", "Failed").label()).isEqualTo("Default");
        assertReadable(laid);
    }

    @Test
    void parallelBranchesSideBySide_mapIterationInsideItsBox() {
        Laid laid = StateGraphLayout.of(StateGraph.parse(GROUPS));

        Box fan = laid.box("Fan");
        Box each = laid.box("Each");
        assertThat(fan.kind()).isEqualTo(BoxKind.GROUP);
        assertThat(fan.contains(laid.box("A1"))).isTrue();
        assertThat(fan.contains(laid.box("A2"))).isTrue();
        assertThat(fan.contains(laid.box("B1"))).isTrue();
        assertThat(laid.box("B1").x()).isGreaterThan(laid.box("A1").x() + laid.box("A1").width());
        assertThat(laid.box("A2").y()).isGreaterThan(laid.box("A1").y());
        assertThat(each.contains(laid.box("Item"))).isTrue();
        assertThat(fan.contains(laid.box("Item"))).isFalse();
        assertThat(each.y()).isGreaterThan(fan.y() + fan.height());
        assertThat(laid.boxes().stream().filter(b -> b.kind() == BoxKind.BRANCH)).hasSize(2);
        assertReadable(laid);
    }

    @Test
    void everyRecordedAwsDefinition_laysOutReadably() throws IOException {
        Path templates = SharedFlows.folder().resolveSibling("reference/sfn-aws-recorded/templates");
        ObjectMapper json5 = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES).build();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(templates)) {
            files = walk.filter(f -> f.toString().endsWith(".json5")).sorted().toList();
        }
        int laidOut = 0;
        for (Path file : files) {
            JsonNode definition;
            try {
                definition = json5.readTree(file.toFile());
            } catch (IOException notJson5) {
                continue;
            }
            if (definition == null || !definition.path("States").isObject()) {
                continue;
            }
            Laid laid = StateGraphLayout.of(StateGraph.parse(definition.toString()));
            List<String> names = new ArrayList<>();
            collectNames(definition, names);
            for (String name : names) {
                assertThat(laid.boxes().stream().filter(b -> name.equals(b.state()))).as(file + ": " + name).hasSize(1);
            }
            assertReadable(laid);
            laidOut++;
        }
        assertThat(laidOut).isGreaterThan(150);
    }

    private static void collectNames(JsonNode machine, List<String> names) {
        machine.path("States").fields().forEachRemaining(e -> {
            names.add(e.getKey());
            e.getValue().path("Branches").forEach(b -> collectNames(b, names));
            collectNames(e.getValue().path("Iterator"), names);
            collectNames(e.getValue().path("ItemProcessor"), names);
        });
    }

    /** No two boxes overlap unless one holds the other; no arrow runs through a box it does not start or end in. */
    static void assertReadable(Laid laid) {
        List<Box> boxes = laid.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Box a = boxes.get(i);
                Box b = boxes.get(j);
                if (a.overlaps(b)) {
                    assertThat(a.contains(b) || b.contains(a)).as(a + " overlaps " + b).isTrue();
                }
            }
        }
        for (Arrow arrow : laid.arrows()) {
            Point first = arrow.points().get(0);
            for (Box box : boxes) {
                boolean holdsArrow = (box.kind() == BoxKind.GROUP || box.kind() == BoxKind.BRANCH) && inside(box, first, 0);
                if (holdsArrow) {
                    continue;
                }
                for (int k = 1; k < arrow.points().size(); k++) {
                    Point p = arrow.points().get(k - 1);
                    Point q = arrow.points().get(k);
                    for (double t = 0; t <= 1.0; t += 0.05) {
                        Point at = new Point(p.x() + (q.x() - p.x()) * t, p.y() + (q.y() - p.y()) * t);
                        assertThat(inside(box, at, 1)).as(arrow.from() + " → " + arrow.to() + " runs through " + box).isFalse();
                    }
                }
            }
        }
    }

    private static boolean inside(Box box, Point p, double inset) {
        return p.x() > box.x() + inset && p.x() < box.x() + box.width() - inset && p.y() > box.y() + inset
                && p.y() < box.y() + box.height() - inset;
    }

    private static double rightmost(Laid laid) {
        return laid.boxes().stream().mapToDouble(b -> b.x() + b.width()).max().orElse(0);
    }

    private static Box kind(Laid laid, BoxKind kind) {
        return laid.boxes().stream().filter(b -> b.kind() == kind).findFirst().orElseThrow();
    }

    private static Arrow arrow(Laid laid, String from, String to) {
        return laid.arrows().stream().filter(a -> from.equals(a.from()) && to.equals(a.to())).findFirst().orElseThrow();
    }
}
