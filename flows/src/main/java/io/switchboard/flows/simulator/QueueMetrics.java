package io.switchboard.flows.simulator;

import java.time.Duration;

/**
 * A queue's real-time figures as CheckMetricData (Check queue status / Check staffing) reads them.
 *
 * @param agentsOnline      agents logged in
 * @param agentsAvailable   agents ready to take a contact now
 * @param agentsStaffed     agents online and not in Offline status (Available, on contact, ACW)
 * @param contactsInQueue   contacts waiting
 * @param oldestContactAge  how long the oldest waiting contact has waited
 */
public record QueueMetrics(int agentsOnline, int agentsAvailable, int agentsStaffed, int contactsInQueue,
                           Duration oldestContactAge) {

    public QueueMetrics {
        oldestContactAge = oldestContactAge == null ? Duration.ZERO : oldestContactAge;
    }

    /** One agent online, available and staffed; nobody waiting. */
    public static QueueMetrics staffed() {
        return new QueueMetrics(1, 1, 1, 0, Duration.ZERO);
    }

    /** No agent at all; nobody waiting. */
    public static QueueMetrics unstaffed() {
        return new QueueMetrics(0, 0, 0, 0, Duration.ZERO);
    }
}
