package io.switchboard.flows.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Connect's HoursOfOperation Config shape: days, start and end times, a time zone; overnight spans. */
class HoursOfOperationTest {

    /** As DescribeHoursOfOperation answers: a late shift Friday 22:00 to Saturday 02:00 in London. */
    private static final String LATE_SHIFT = """
            {"HoursOfOperation": {"Name": "Late shift", "TimeZone": "Europe/London", "Config": [
              {"Day": "FRIDAY", "StartTime": {"Hours": 22, "Minutes": 0}, "EndTime": {"Hours": 2, "Minutes": 0}}]}}""";

    @Test
    void anEndBeforeTheStart_runsPastMidnight() {
        HoursOfOperation late = HoursOfOperation.fromJson(LATE_SHIFT);

        assertThat(late.isOpen(ZonedDateTime.parse("2026-12-04T23:30:00Z"))).isTrue();   // Friday 23:30 London
        assertThat(late.isOpen(ZonedDateTime.parse("2026-12-05T01:59:00Z"))).isTrue();   // Saturday 01:59
        assertThat(late.isOpen(ZonedDateTime.parse("2026-12-05T02:00:00Z"))).isFalse();
        assertThat(late.isOpen(ZonedDateTime.parse("2026-12-04T21:59:00Z"))).isFalse();
    }

    @Test
    void alwaysOpenAndAlwaysClosed() {
        ZonedDateTime now = ZonedDateTime.parse("2026-12-06T03:00:00Z");

        assertThat(HoursOfOperation.alwaysOpen().isOpen(now)).isTrue();
        assertThat(HoursOfOperation.alwaysClosed().isOpen(now)).isFalse();
    }

    @Test
    void notASchedule_saysWhatIsExpected() {
        assertThatThrownBy(() -> HoursOfOperation.fromJson("{\"Days\": []}")).hasMessageContaining("Config array");
        assertThatThrownBy(() -> HoursOfOperation.fromJson("[{\"Day\": \"FUNDAY\"}]")).hasMessageContaining("'FUNDAY' is not a day");
    }
}
