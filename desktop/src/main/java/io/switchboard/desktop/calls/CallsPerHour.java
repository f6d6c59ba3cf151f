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

    /** @param hour label such as {@code 14:00} (local time) */
    public record HourCount(String hour, int calls) {
    }
}
