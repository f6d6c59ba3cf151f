package io.switchboard.stack.deploy;

import java.util.HashSet;
import java.util.Set;

/** Counts resources (by logical id, each once) that reached a final state. */
final class ProgressCounter {

    private final int total;
    private final Set<String> finished = new HashSet<>();

    ProgressCounter(int total) {
        this.total = total;
    }

    /** Takes the event into account; true when the count changed. */
    boolean record(StackEventRecord event) {
        return event.isFinished() && finished.add(event.logicalId());
    }

    DeployProgress progress() {
        return new DeployProgress(finished.size(), total);
    }
}
