package io.switchboard.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.lambdas.calllog.CallRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallsPerHourTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void ofDay_onTheDayClocksGoBack_has25Bars_withTheRepeatedHourNamedByItsOffset() {
        ConsoleDay day = new ConsoleDay(LocalDate.parse("2026-10-25"), LONDON);
        List<CallRecord> calls = List.of(call("2026-10-25T00:30:00Z"), call("2026-10-25T01:30:00Z"), call("2026-10-25T23:59:00Z"),
                call("2026-10-26T00:00:00Z"));

        List<CallsPerHour.HourCount> bars = CallsPerHour.ofDay(calls, day);

        assertThat(bars).hasSize(25);
        assertThat(bars.get(1)).isEqualTo(new CallsPerHour.HourCount("01:00", 1));
        assertThat(bars.get(2)).isEqualTo(new CallsPerHour.HourCount("01:00 Z", 1));
        assertThat(bars.get(24)).isEqualTo(new CallsPerHour.HourCount("23:00", 1));
    }

    private static CallRecord call(String at) {
        return new CallRecord("c-" + at, "+447700900123", Instant.parse(at), List.of(), "OK", Instant.parse(at));
    }
}
