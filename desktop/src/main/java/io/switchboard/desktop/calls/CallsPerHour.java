package io.switchboard.desktop.calls;

import io.switchboard.lambdas.calllog.CallRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Counts calls per hour over the 24 hours up to now: 24 bars, oldest first, the last one the current hour. */
public final class CallsPerHour {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:00");

    private CallsPerHour() {
    }

    public static List<HourCount> of(List<CallRecord> calls, Instant now, ZoneId zone) {
        Instant currentHour = now.truncatedTo(ChronoUnit.HOURS);
        Instant first = currentHour.minus(Duration.ofHours(23));
        int[] counts = new int[24];
        for (CallRecord call : calls) {
            if (!call.calledAt().isBefore(first) && !call.calledAt().isAfter(now)) {
                counts[(int) Duration.between(first, call.calledAt()).toHours()]++;
            }
        }
        List<HourCount> bars = new ArrayList<>(24);
        for (int i = 0; i < 24; i++) {
            bars.add(new HourCount(HOUR.format(first.plus(Duration.ofHours(i)).atZone(zone)), counts[i]));
        }
        return bars;
    }

    /**
     * Counts the calls of one day per hour of that day, from its first hour: 24 bars, or 23 or 25 on a
     * daylight-saving change (the repeated hour's second bar is labelled with its offset).
     */
    public static List<HourCount> ofDay(List<CallRecord> calls, ConsoleDay day) {
        List<Instant> hours = new ArrayList<>();
        for (Instant hour = day.start(); hour.isBefore(day.end()); hour = hour.plus(Duration.ofHours(1))) {
            hours.add(hour);
        }
        int[] counts = new int[hours.size()];
        for (CallRecord call : calls) {
            if (day.contains(call.calledAt())) {
                counts[(int) Duration.between(day.start(), call.calledAt()).toHours()]++;
            }
        }
        List<HourCount> bars = new ArrayList<>(hours.size());
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < hours.size(); i++) {
            var local = hours.get(i).atZone(day.zone());
            String label = HOUR.format(local);
            if (labels.contains(label)) {
                label += " " + local.getOffset();
            }
            labels.add(label);
            bars.add(new HourCount(label, counts[i]));
        }
        return bars;
    }

    /** @param hour label such as {@code 14:00} (local time) */
    public record HourCount(String hour, int calls) {
    }
}
