package io.switchboard.desktop.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A calendar day in the console's time zone (the zone of the Time column), as the instants it spans.
 * It is 23 or 25 hours long on a daylight-saving change, and outside UTC it covers parts of two UTC
 * days, which are the call log's day partitions.
 *
 * @param date the day the supervisor picked
 * @param zone the console's time zone
 */
public record ConsoleDay(LocalDate date, ZoneId zone) {

    public static ConsoleDay today(Instant now, ZoneId zone) {
        return new ConsoleDay(now.atZone(zone).toLocalDate(), zone);
    }

    /** The first instant of the day (its local midnight, or the first valid time after a gap). */
    public Instant start() {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The first instant of the next day: the day's range is {@code [start, end)}. */
    public Instant end() {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The zone as people name it: its region id, or "UTC" for UTC under any of its names. */
    public String zoneName() {
        return nameOf(zone);
    }

    static String nameOf(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }
}
