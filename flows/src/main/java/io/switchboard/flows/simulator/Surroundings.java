package io.switchboard.flows.simulator;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The world around a simulated call: hours of operation, queue figures, the other flows and the
 * services a flow asks. {@link #defaults()}: open, an agent available, no other flows, no profiles,
 * cases or Voice ID enrolment.
 *
 * @param hours          the schedule for any hours of operation not in {@code hoursByName}
 * @param hoursByName    schedules by hours-of-operation or queue id, ARN or name
 * @param now            the moment hours are checked at; null: the system clock when checked
 * @param queueMetrics   the figures for any queue not in {@code metricsByQueue}
 * @param metricsByQueue figures by queue id, ARN or name
 * @param flows          flows a TransferToFlow / InvokeFlowModule continues into
 * @param services       answers of Customer Profiles, Cases, Tasks, Voice ID and views
 */
public record Surroundings(HoursOfOperation hours, Map<String, HoursOfOperation> hoursByName, ZonedDateTime now,
                           QueueMetrics queueMetrics, Map<String, QueueMetrics> metricsByQueue, FlowLibrary flows,
                           ServiceMocks services) {

    public Surroundings {
        hoursByName = Map.copyOf(hoursByName);
        metricsByQueue = Map.copyOf(metricsByQueue);
        hours = hours == null ? HoursOfOperation.alwaysOpen() : hours;
        queueMetrics = queueMetrics == null ? QueueMetrics.staffed() : queueMetrics;
        flows = flows == null ? FlowLibrary.none() : flows;
        services = services == null ? ServiceMocks.none() : services;
    }

    public static Surroundings defaults() {
        return new Surroundings(HoursOfOperation.alwaysOpen(), Map.of(), null, QueueMetrics.staffed(), Map.of(),
                FlowLibrary.none(), ServiceMocks.none());
    }

    /** The schedule for every hours of operation (unless one is set by name). */
    public Surroundings withHours(HoursOfOperation schedule) {
        return new Surroundings(schedule, hoursByName, now, queueMetrics, metricsByQueue, flows, services);
    }

    /** The schedule for one hours of operation, or for a queue's hours, by id, ARN or name. */
    public Surroundings withHoursFor(String idArnOrName, HoursOfOperation schedule) {
        Map<String, HoursOfOperation> more = new HashMap<>(hoursByName);
        more.put(idArnOrName, schedule);
        return new Surroundings(hours, more, now, queueMetrics, metricsByQueue, flows, services);
    }

    public Surroundings withNow(ZonedDateTime moment) {
        return new Surroundings(hours, hoursByName, moment, queueMetrics, metricsByQueue, flows, services);
    }

    /** The figures for every queue (unless set per queue). */
    public Surroundings withQueueMetrics(QueueMetrics metrics) {
        return new Surroundings(hours, hoursByName, now, metrics, metricsByQueue, flows, services);
    }

    public Surroundings withQueueMetrics(String queueIdArnOrName, QueueMetrics metrics) {
        Map<String, QueueMetrics> more = new HashMap<>(metricsByQueue);
        more.put(queueIdArnOrName, metrics);
        return new Surroundings(hours, hoursByName, now, queueMetrics, more, flows, services);
    }

    public Surroundings withFlows(FlowLibrary library) {
        return new Surroundings(hours, hoursByName, now, queueMetrics, metricsByQueue, library, services);
    }

    public Surroundings withServices(ServiceMocks mocks) {
        return new Surroundings(hours, hoursByName, now, queueMetrics, metricsByQueue, flows, mocks);
    }

    /** The moment to check hours at: {@code now}, else the system clock. */
    public ZonedDateTime currentTime() {
        return now == null ? ZonedDateTime.now(ZoneOffset.UTC) : now;
    }

    /** The schedule named by {@code idArnOrName} (or the default). */
    public HoursOfOperation hoursFor(String idArnOrName) {
        return lookup(hoursByName, idArnOrName).orElse(hours);
    }

    public QueueMetrics metricsFor(String queueIdArnOrName) {
        return lookup(metricsByQueue, queueIdArnOrName).orElse(queueMetrics);
    }

    /** Whether a schedule was given for {@code idArnOrName} itself (not the default). */
    public boolean hasHoursFor(String idArnOrName) {
        return lookup(hoursByName, idArnOrName).isPresent();
    }

    /** An exact key, or an ARN whose last part is the key (and the other way round). */
    static <T> Optional<T> lookup(Map<String, T> byKey, String wanted) {
        if (wanted == null || wanted.isBlank()) {
            return Optional.empty();
        }
        T exact = byKey.get(wanted);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Map.Entry<String, T> entry : byKey.entrySet()) {
            if (wanted.endsWith("/" + entry.getKey()) || entry.getKey().endsWith("/" + wanted)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }
}
