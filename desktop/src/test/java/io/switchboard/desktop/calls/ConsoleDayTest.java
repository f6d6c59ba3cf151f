package io.switchboard.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A day in the console's time zone as instants: pure, no DynamoDB. */
class ConsoleDayTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-21");

    @Test
    void aDayEastOfUtc_startsOnThePreviousUtcDay() {
        ConsoleDay tokyo = new ConsoleDay(DAY, ZoneId.of("Asia/Tokyo"));

        assertThat(tokyo.start()).isEqualTo(Instant.parse("2026-11-20T15:00:00Z"));
        assertThat(tokyo.end()).isEqualTo(Instant.parse("2026-11-21T15:00:00Z"));
    }

    @Test
    void theBoundary_includesLocalMidnight_andExcludesTheNextOne() {
        ConsoleDay tokyo = new ConsoleDay(DAY, ZoneId.of("Asia/Tokyo"));

        assertThat(tokyo.contains(Instant.parse("2026-11-20T14:59:59.999Z"))).as("23:59:59.999 the day before").isFalse();
        assertThat(tokyo.contains(Instant.parse("2026-11-20T15:00:00Z"))).as("local midnight").isTrue();
        assertThat(tokyo.contains(Instant.parse("2026-11-21T00:00:00Z"))).as("UTC midnight, 09:00 local").isTrue();
        assertThat(tokyo.contains(Instant.parse("2026-11-21T14:59:59.999Z"))).as("the day's last millisecond").isTrue();
        assertThat(tokyo.contains(Instant.parse("2026-11-21T15:00:00Z"))).as("the next local midnight").isFalse();
    }

    @Test
    void onDaylightSavingChanges_theDayIs23Or25HoursLong() {
        ZoneId newYork = ZoneId.of("America/New_York");
        ConsoleDay springForward = new ConsoleDay(LocalDate.parse("2026-03-08"), newYork);
        ConsoleDay fallBack = new ConsoleDay(LocalDate.parse("2026-11-01"), newYork);

        assertThat(Duration.between(springForward.start(), springForward.end())).isEqualTo(Duration.ofHours(23));
        assertThat(springForward.start()).isEqualTo(Instant.parse("2026-03-08T05:00:00Z"));
        assertThat(springForward.end()).isEqualTo(Instant.parse("2026-03-09T04:00:00Z"));
        assertThat(Duration.between(fallBack.start(), fallBack.end())).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void today_isTheDateInTheConsolesZone_notInUtc() {
        Instant lateEveningUtc = Instant.parse("2026-11-21T20:00:00Z");

        assertThat(ConsoleDay.today(lateEveningUtc, ZoneId.of("Asia/Tokyo")).date()).isEqualTo(LocalDate.parse("2026-11-22"));
        assertThat(ConsoleDay.today(lateEveningUtc, ZoneOffset.UTC).date()).isEqualTo(DAY);
    }

    @Test
    void utcIsNamedUtc_underAnyOfItsNames() {
        assertThat(new ConsoleDay(DAY, ZoneOffset.UTC).zoneName()).isEqualTo("UTC");
        assertThat(new ConsoleDay(DAY, ZoneId.of("Etc/UTC")).zoneName()).isEqualTo("UTC");
        assertThat(new ConsoleDay(DAY, ZoneId.of("Europe/Paris")).zoneName()).isEqualTo("Europe/Paris");
    }
}
