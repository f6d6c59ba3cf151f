package io.switchboard.lambdas.calllog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Which UTC day partitions a time range reads: pure, no DynamoDB. */
class CallLogPartitionsTest {

    @Test
    void aUtcDay_readsOnePartition() {
        assertThat(CallLog.partitions(Instant.parse("2026-11-21T00:00:00Z"), Instant.parse("2026-11-22T00:00:00Z")))
                .containsExactly(LocalDate.parse("2026-11-21"));
    }

    @Test
    void aLocalDayEastOfUtc_readsTheUtcDayBeforeToo_newestFirst() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        LocalDate day = LocalDate.parse("2026-11-21");

        assertThat(CallLog.partitions(day.atStartOfDay(tokyo).toInstant(), day.plusDays(1).atStartOfDay(tokyo).toInstant()))
                .containsExactly(LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-20"));
    }

    @Test
    void aLocalDayWestOfUtc_readsTheUtcDayAfterToo() {
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalDate day = LocalDate.parse("2026-11-21");

        assertThat(CallLog.partitions(day.atStartOfDay(newYork).toInstant(), day.plusDays(1).atStartOfDay(newYork).toInstant()))
                .containsExactly(LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-21"));
    }

    @Test
    void aRangeEndingExactlyAtUtcMidnight_doesNotReadTheNextDay() {
        assertThat(CallLog.partitions(Instant.parse("2026-11-21T05:00:00Z"), Instant.parse("2026-11-22T00:00:00Z")))
                .containsExactly(LocalDate.parse("2026-11-21"));
    }

    @Test
    void anEmptyRange_readsNothing() {
        Instant at = Instant.parse("2026-11-21T05:00:00Z");
        assertThat(CallLog.partitions(at, at)).isEmpty();
    }
}
