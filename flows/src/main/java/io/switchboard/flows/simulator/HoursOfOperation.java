package io.switchboard.flows.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A weekly schedule as Connect's HoursOfOperation {@code Config} holds it: a list of
 * {@code {Day, StartTime{Hours,Minutes}, EndTime{Hours,Minutes}}} in a {@code TimeZone}. An end at or
 * before the start runs past midnight into the next day (00:00–00:00 is the whole day), as the
 * console's "24 hours" does.
 */
public record HoursOfOperation(List<Slot> slots, ZoneId timeZone) {

    /** Open from {@code start} on {@code day} until {@code end} (the next day when end is not after start). */
    public record Slot(DayOfWeek day, LocalTime start, LocalTime end) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public HoursOfOperation {
        slots = List.copyOf(slots);
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
    }

    public static HoursOfOperation alwaysOpen() {
        List<Slot> all = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            all.add(new Slot(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        return new HoursOfOperation(all, ZoneOffset.UTC);
    }

    public static HoursOfOperation alwaysClosed() {
        return new HoursOfOperation(List.of(), ZoneOffset.UTC);
    }

    /**
     * Reads {@code {"Config": [...], "TimeZone": "Europe/London"}}, a DescribeHoursOfOperation answer
     * ({@code {"HoursOfOperation": {...}}}) or a bare Config array (UTC).
     *
     * @throws IllegalArgumentException when the text is not such a schedule
     */
    public static HoursOfOperation fromJson(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("hours of operation are not JSON: " + e.getMessage(), e);
        }
        if (root != null && root.has("HoursOfOperation")) {
            root = root.get("HoursOfOperation");
        }
        JsonNode config = root != null && root.isArray() ? root : root == null ? null : root.get("Config");
        if (config == null || !config.isArray()) {
            throw new IllegalArgumentException("hours of operation need a Config array of {Day, StartTime, EndTime}");
        }
        List<Slot> slots = new ArrayList<>();
        for (JsonNode entry : config) {
            slots.add(new Slot(day(entry.path("Day").asText("")), time(entry.path("StartTime")), time(entry.path("EndTime"))));
        }
        String zone = root.isObject() ? root.path("TimeZone").asText("UTC") : "UTC";
        return new HoursOfOperation(slots, ZoneId.of(zone));
    }

    /** Whether the schedule is open at {@code when}. */
    public boolean isOpen(ZonedDateTime when) {
        ZonedDateTime local = when.withZoneSameInstant(timeZone);
        LocalTime time = local.toLocalTime();
        DayOfWeek today = local.getDayOfWeek();
        for (Slot slot : slots) {
            boolean overnight = !slot.end().isAfter(slot.start());
            if (slot.day() == today && !time.isBefore(slot.start()) && (overnight || time.isBefore(slot.end()))) {
                return true;
            }
            if (overnight && slot.day() == today.minus(1) && time.isBefore(slot.end())) {
                return true;
            }
        }
        return false;
    }

    private static DayOfWeek day(String name) {
        try {
            return DayOfWeek.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a day (MONDAY ... SUNDAY)", e);
        }
    }

    private static LocalTime time(JsonNode node) {
        int hours = node.path("Hours").asInt(0);
        int minutes = node.path("Minutes").asInt(0);
        return hours >= 24 ? LocalTime.MIDNIGHT : LocalTime.of(hours, minutes);
    }
}
