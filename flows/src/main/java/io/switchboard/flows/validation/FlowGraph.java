package io.switchboard.flows.validation;

import io.switchboard.flows.FlowDocument;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which actions can follow which, through any NextAction, error or condition. */
final class FlowGraph {

    private final FlowDocument flow;

    FlowGraph(FlowDocument flow) {
        this.flow = flow;
    }

    /** The actions reachable from {@code starts}, the starts included. */
    Set<String> reachableFrom(List<String> starts) {
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(starts);
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (id != null && reached.add(id)) {
                flow.action(id).ifPresent(a -> a.transitions().targets().forEach(pending::push));
            }
        }
        return reached;
    }
}
