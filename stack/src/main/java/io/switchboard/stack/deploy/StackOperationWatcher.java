package io.switchboard.stack.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Streams a running stack operation's events to a listener, with progress, until the stack
 * reaches a terminal status or the caller cancels (which only stops the watching).
 */
final class StackOperationWatcher {

    /** How watching ended: {@code finalStatus} is null when cancelled. */
    record Outcome(String finalStatus, String lastSeenStatus, List<StackEventRecord> events) {
        boolean cancelled() {
            return finalStatus == null;
        }
    }

    private final StackEventFeed feed;
    private final PollSchedule schedule;

    StackOperationWatcher(StackEventFeed feed, PollSchedule schedule) {
        this.feed = feed;
        this.schedule = schedule;
    }

    Outcome watch(String stackName, int progressTotal, DeployListener listener, BooleanSupplier cancelled) {
        ProgressCounter counter = new ProgressCounter(progressTotal);
        List<StackEventRecord> events = new ArrayList<>();
        String lastStackStatus = "in progress";
        listener.onProgress(counter.progress());
        while (true) {
            List<StackEventRecord> fresh = fetch();
            for (StackEventRecord event : fresh) {
                events.add(event);
                listener.onEvent(event);
                if (counter.record(event)) {
                    listener.onProgress(counter.progress());
                }
                if (event.isAboutStack() && stackName.equals(event.logicalId())) {
                    lastStackStatus = event.status();
                    if (StackStatuses.isTerminal(event.status())) {
                        return new Outcome(event.status(), event.status(), events);
                    }
                }
            }
            if (cancelled.getAsBoolean()) {
                return new Outcome(null, lastStackStatus, events);
            }
            schedule.pause();
        }
    }

    private List<StackEventRecord> fetch() {
        try {
            List<StackEventRecord> fresh = feed.fetchNew();
            schedule.succeeded();
            return fresh;
        } catch (AwsServiceException e) {
            if (!e.isThrottlingException()) {
                throw new DeployException("Cannot read stack events: " + e.getMessage(), e);
            }
            schedule.throttled();
            return List.of();
        }
    }
}
