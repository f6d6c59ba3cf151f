package io.switchboard.desktop.executions;

import io.switchboard.desktop.executions.StateGraph.Kind;
import io.switchboard.desktop.executions.StateGraph.StateNode;
import io.switchboard.desktop.executions.StateGraph.Transition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places a {@link StateGraph} top to bottom as the Step Functions console draws it: a Start marker,
 * each state in the row after every state that leads to it (loops aside), an End marker. Arrows that
 * skip rows pass through gaps kept for them in the rows between, and loops back (a polling Wait, a
 * retry Choice) run up the right-hand side, crossing rows only in the gaps between them. Map and Parallel states are boxes holding their own
 * layouts (Parallel: one framed column per branch). Pure geometry: the view only draws it.
 */
public final class StateGraphLayout {
    static final double STATE_HEIGHT = 44;
    static final double MIN_STATE_WIDTH = 150;
    static final double CHAR_WIDTH = 9.6;
    static final double MARKER_WIDTH = 64;
    static final double MARKER_HEIGHT = 26;
    static final double ROW_GAP = 44;
    static final double COLUMN_GAP = 28;
    static final double GROUP_PADDING = 14;
    static final double GROUP_HEADER = 30;
    static final double LOOP_LANE = 18;
    private static final double DUMMY_WIDTH = 12;

    public enum BoxKind { START, END, STATE, GROUP, BRANCH }

    /** @param state the state's name (STATE, GROUP), else {@code null}; @param type its ASL type, else "" */
    public record Box(BoxKind kind, String state, String type, double x, double y, double width, double height) {
        public boolean contains(Box other) {
            return other.x >= x && other.y >= y && other.x + other.width <= x + width && other.y + other.height <= y + height;
        }

        public boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
        }
    }

    public record Point(double x, double y) {
    }

    /** An arrow through {@code points} (first at its source, last at its target). */
    public record Arrow(String from, String to, Kind kind, String label, List<Point> points, boolean loop) {
    }

    public record Laid(double width, double height, List<Box> boxes, List<Arrow> arrows) {
        /** The box of a state, or {@code null}. */
        public Box box(String state) {
            return boxes.stream().filter(b -> state.equals(b.state())).findFirst().orElse(null);
        }

        Laid moved(double dx, double dy) {
            List<Box> movedBoxes = boxes.stream()
                    .map(b -> new Box(b.kind(), b.state(), b.type(), b.x() + dx, b.y() + dy, b.width(), b.height())).toList();
            List<Arrow> movedArrows = arrows.stream().map(a -> new Arrow(a.from(), a.to(), a.kind(), a.label(),
                    a.points().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList(), a.loop())).toList();
            return new Laid(width, height, movedBoxes, movedArrows);
        }
    }

    private StateGraphLayout() {
    }

    public static Laid of(StateGraph graph) {
        return new Scope(graph).lay();
    }

    /** One machine, branch or iteration: its own rows, start and end. */
    private static final class Scope {
        private static final String START = "\u0000start";
        private static final String END = "\u0000end";
        private final StateGraph graph;
        private final Map<String, StateNode> states = new LinkedHashMap<>();
        private final Map<String, Laid> inner = new HashMap<>();
        private final Map<String, List<String>> next = new LinkedHashMap<>();
        private final Set<String> loopEdges = new HashSet<>(); // "from\u0001to"
        private final Map<String, Integer> row = new HashMap<>();
        private final List<List<String>> rows = new ArrayList<>();
        private final Map<String, Box> placed = new HashMap<>();
        private final Map<String, List<String>> dummies = new HashMap<>(); // per "from\u0001to": dummy ids, top to bottom
        private int dummyCount;
        private double[] rowTops;
        private double[] rowHeights;

        Scope(StateGraph graph) {
            this.graph = graph;
            graph.states().forEach(s -> states.put(s.name(), s));
            next.put(START, new ArrayList<>());
            states.keySet().forEach(name -> next.put(name, new ArrayList<>()));
            next.put(END, new ArrayList<>());
            if (graph.startAt() != null && states.containsKey(graph.startAt())) {
                next.get(START).add(graph.startAt());
            }
            for (Transition t : graph.transitions()) {
                String to = t.to() == null ? END : t.to();
                if (next.containsKey(t.from()) && next.containsKey(to) && !next.get(t.from()).contains(to)) {
                    next.get(t.from()).add(to);
                }
            }
        }

        Laid lay() {
            for (StateNode state : states.values()) {
                if (state.isGroup()) {
                    inner.put(state.name(), group(state));
                }
            }
            List<String> order = discover();
            assignRows(order);
            addDummies();
            orderRows();
            return place();
        }

        /** Depth-first from Start, noting the edges that go back to a state still being walked (loops). */
        private List<String> discover() {
            List<String> order = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            Set<String> seen = new HashSet<>();
            walk(START, order, onPath, seen);
            for (String name : states.keySet()) { // unreachable states still show, below what is reachable
                walk(name, order, onPath, seen);
            }
            walk(END, order, onPath, seen);
            return order;
        }

        private void walk(String node, List<String> order, Set<String> onPath, Set<String> seen) {
            if (!seen.add(node)) {
                return;
            }
            order.add(node);
            onPath.add(node);
            for (String to : next.get(node)) {
                if (onPath.contains(to)) {
                    loopEdges.add(node + "\u0001" + to);
                } else {
                    walk(to, order, onPath, seen);
                }
            }
            onPath.remove(node);
        }

        /** Longest path from Start over the forward edges; End below everything. */
        private void assignRows(List<String> order) {
            List<String> topological = topological(order);
            for (String node : topological) {
                row.putIfAbsent(node, 0);
                for (String to : next.get(node)) {
                    if (!loopEdges.contains(node + "\u0001" + to) && !to.equals(END)) {
                        row.put(to, Math.max(row.getOrDefault(to, 0), row.get(node) + 1));
                    }
                }
            }
            int last = row.entrySet().stream().filter(e -> !e.getKey().equals(END)).mapToInt(Map.Entry::getValue).max().orElse(0);
            row.put(END, last + 1);
            for (int i = 0; i <= last + 1; i++) {
                rows.add(new ArrayList<>());
            }
            order.forEach(node -> rows.get(row.get(node)).add(node));
        }

        private List<String> topological(List<String> order) {
            Map<String, Integer> incoming = new HashMap<>();
            order.forEach(n -> incoming.put(n, 0));
            forwardEdges().forEach(e -> incoming.merge(e[1], 1, Integer::sum));
            List<String> ready = new ArrayList<>(order.stream().filter(n -> incoming.get(n) == 0).toList());
            List<String> sorted = new ArrayList<>();
            while (!ready.isEmpty()) {
                String node = ready.remove(0);
                sorted.add(node);
                for (String to : next.get(node)) {
                    if (!loopEdges.contains(node + "\u0001" + to) && incoming.merge(to, -1, Integer::sum) == 0) {
                        ready.add(to);
                    }
                }
            }
            return sorted;
        }

        private List<String[]> forwardEdges() {
            List<String[]> edges = new ArrayList<>();
            next.forEach((from, tos) -> tos.forEach(to -> {
                if (!loopEdges.contains(from + "\u0001" + to)) {
                    edges.add(new String[] {from, to});
                }
            }));
            return edges;
        }

        /** An arrow that skips rows gets a narrow placeholder in each row it crosses, so it never cuts through a box. */
        private void addDummies() {
            for (String[] edge : forwardEdges()) {
                int from = row.get(edge[0]);
                int to = row.get(edge[1]);
                List<String> chain = new ArrayList<>();
                for (int r = from + 1; r < to; r++) {
                    String dummy = "\u0002" + (dummyCount++);
                    row.put(dummy, r);
                    rows.get(r).add(dummy);
                    chain.add(dummy);
                }
                dummies.put(edge[0] + "\u0001" + edge[1], chain);
            }
        }

        /** Two downward sweeps: each row ordered by the mean position of what leads into it. */
        private void orderRows() {
            Map<String, List<String>> above = new HashMap<>();
            for (String[] edge : forwardEdges()) {
                List<String> chain = new ArrayList<>();
                chain.add(edge[0]);
                chain.addAll(dummies.get(edge[0] + "\u0001" + edge[1]));
                chain.add(edge[1]);
                for (int i = 1; i < chain.size(); i++) {
                    above.computeIfAbsent(chain.get(i), k -> new ArrayList<>()).add(chain.get(i - 1));
                }
            }
            for (int sweep = 0; sweep < 2; sweep++) {
                for (int r = 1; r < rows.size(); r++) {
                    List<String> upper = rows.get(r - 1);
                    List<String> current = rows.get(r);
                    Map<String, Double> weight = new HashMap<>();
                    for (int i = 0; i < current.size(); i++) {
                        String node = current.get(i);
                        double fallback = i;
                        weight.put(node, above.getOrDefault(node, List.of()).stream().filter(upper::contains)
                                .mapToInt(upper::indexOf).average().orElse(fallback));
                    }
                    current.sort(Comparator.comparingDouble(weight::get));
                }
            }
        }

        private Laid place() {
            rowHeights = new double[rows.size()];
            rowTops = new double[rows.size()];
            double widest = 0;
            for (int r = 0; r < rows.size(); r++) {
                double width = 0;
                for (String node : rows.get(r)) {
                    width += width(node) + (width > 0 ? COLUMN_GAP : 0);
                    rowHeights[r] = Math.max(rowHeights[r], height(node));
                }
                widest = Math.max(widest, width);
            }
            double y = 0;
            for (int r = 0; r < rows.size(); r++) {
                rowTops[r] = y;
                double width = rows.get(r).stream().mapToDouble(this::width).sum() + COLUMN_GAP * Math.max(0, rows.get(r).size() - 1);
                double x = (widest - width) / 2;
                for (String node : rows.get(r)) {
                    double h = height(node);
                    placed.put(node, new Box(kind(node), states.containsKey(node) ? node : null, type(node), x,
                            y + (rowHeights[r] - h) / 2, width(node), h));
                    x += width(node) + COLUMN_GAP;
                }
                y += rowHeights[r] + ROW_GAP;
            }
            double height = y - ROW_GAP;
            List<Box> boxes = new ArrayList<>();
            List<Arrow> arrows = new ArrayList<>();
            placed.forEach((node, box) -> {
                if (!node.startsWith("\u0002")) {
                    boxes.add(box);
                }
            });
            for (Map.Entry<String, Laid> group : inner.entrySet()) {
                Box outer = placed.get(group.getKey());
                Laid moved = group.getValue().moved(outer.x() + (outer.width() - group.getValue().width()) / 2, outer.y() + GROUP_HEADER);
                boxes.addAll(moved.boxes());
                arrows.addAll(moved.arrows());
            }
            int loops = 0;
            for (Transition t : transitionsWithStart()) {
                String to = t.to() == null ? END : t.to();
                if (!placed.containsKey(t.from()) || !placed.containsKey(to)) {
                    continue;
                }
                Box from = placed.get(t.from());
                Box target = placed.get(to);
                List<Point> points = new ArrayList<>();
                boolean loop = loopEdges.contains(t.from() + "\u0001" + to);
                if (loop) {
                    // down into the gap below the source, right to a lane of its own, up to the gap above the
                    // target, into its top: every sideways run is in a gap between rows, never across a box
                    double lane = widest + LOOP_LANE * (++loops);
                    double below = rowTops[row.get(t.from())] + rowHeights[row.get(t.from())] + ROW_GAP / 3 + (loops % 3) * 4;
                    double above = rowTops[row.get(to)] - ROW_GAP / 3 - (loops % 3) * 4;
                    double sx = from.x() + from.width() / 2 + 6;
                    double tx = target.x() + target.width() / 2 + 6;
                    points.add(new Point(sx, from.y() + from.height()));
                    points.add(new Point(sx, below));
                    points.add(new Point(lane, below));
                    points.add(new Point(lane, above));
                    points.add(new Point(tx, above));
                    points.add(new Point(tx, target.y()));
                } else {
                    points.add(new Point(from.x() + from.width() / 2, from.y() + from.height()));
                    for (String dummy : dummies.getOrDefault(t.from() + "\u0001" + to, List.of())) {
                        Box d = placed.get(dummy);
                        int r = row.get(dummy);
                        points.add(new Point(d.x() + d.width() / 2, rowTops[r]));
                        points.add(new Point(d.x() + d.width() / 2, rowTops[r] + rowHeights[r]));
                    }
                    points.add(new Point(target.x() + target.width() / 2, target.y()));
                }
                arrows.add(new Arrow(states.containsKey(t.from()) ? t.from() : null, states.containsKey(to) ? to : null,
                        t.kind(), t.label(), List.copyOf(points), loop));
            }
            return new Laid(widest + LOOP_LANE * (loops + (loops > 0 ? 1 : 0)), height, List.copyOf(boxes), List.copyOf(arrows));
        }

        private List<Transition> transitionsWithStart() {
            List<Transition> all = new ArrayList<>();
            if (!next.get(START).isEmpty()) {
                all.add(new Transition(START, next.get(START).get(0), Kind.NEXT, ""));
            }
            all.addAll(graph.transitions());
            return all;
        }

        /** A Map's iteration, or a Parallel's branches side by side, each in a frame. */
        private Laid group(StateNode state) {
            List<Laid> parts = state.inner().stream().map(g -> new Scope(g).lay()).toList();
            if (state.type().equals("Map") && parts.size() == 1) {
                return parts.get(0);
            }
            List<Box> boxes = new ArrayList<>();
            List<Arrow> arrows = new ArrayList<>();
            double x = 0;
            double height = parts.stream().mapToDouble(Laid::height).max().orElse(0) + 2 * GROUP_PADDING;
            for (Laid part : parts) {
                boxes.add(new Box(BoxKind.BRANCH, null, "", x, 0, part.width() + 2 * GROUP_PADDING, height));
                Laid moved = part.moved(x + GROUP_PADDING, GROUP_PADDING);
                boxes.addAll(moved.boxes());
                arrows.addAll(moved.arrows());
                x += part.width() + 2 * GROUP_PADDING + COLUMN_GAP;
            }
            return new Laid(Math.max(0, x - COLUMN_GAP), height, boxes, arrows);
        }

        private BoxKind kind(String node) {
            if (node.equals(START)) {
                return BoxKind.START;
            }
            if (node.equals(END)) {
                return BoxKind.END;
            }
            return inner.containsKey(node) ? BoxKind.GROUP : BoxKind.STATE;
        }

        private String type(String node) {
            StateNode state = states.get(node);
            return state == null ? "" : state.type();
        }

        private double width(String node) {
            if (node.startsWith("\u0002")) {
                return DUMMY_WIDTH;
            }
            if (node.equals(START) || node.equals(END)) {
                return MARKER_WIDTH;
            }
            double text = Math.max(MIN_STATE_WIDTH, node.length() * CHAR_WIDTH + 28);
            Laid group = inner.get(node);
            return group == null ? text : Math.max(text, group.width() + 2 * GROUP_PADDING);
        }

        private double height(String node) {
            if (node.startsWith("\u0002")) {
                return 0;
            }
            if (node.equals(START) || node.equals(END)) {
                return MARKER_HEIGHT;
            }
            Laid group = inner.get(node);
            return group == null ? STATE_HEIGHT : group.height() + GROUP_HEADER + GROUP_PADDING;
        }
    }
}
