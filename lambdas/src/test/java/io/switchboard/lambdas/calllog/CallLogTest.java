package io.switchboard.lambdas.calllog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.switchboard.lambdas.testing.CallLogTables;
import io.switchboard.lambdas.testing.TestDynamoDb;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CallLogTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:00Z");

    private final DynamoDbClient dynamoDb = TestDynamoDb.shared().client();
    private CallLog callLog;

    @BeforeEach
    void freshTable() {
        callLog = new CallLog(dynamoDb, CallLogTables.createFresh(dynamoDb), 30);
    }

    @Test
    void latest_whenCallsSpanTwoDays_returnsNewestFirstAcrossTheDayBoundary() {
        callLog.record(call("c-yesterday-early", "+18005550001", NOW.minus(Duration.ofHours(20))));
        callLog.record(call("c-yesterday-late", "+18005550002", NOW.minus(Duration.ofHours(11))));
        callLog.record(call("c-today-1", "+18005550003", NOW.minus(Duration.ofHours(2))));
        callLog.record(call("c-today-2", "+18005550004", NOW.minus(Duration.ofMinutes(5))));

        CallLogPage page = callLog.latest(3, null, NOW);

        assertThat(page.calls()).extracting(CallRecord::contactId)
                .containsExactly("c-today-2", "c-today-1", "c-yesterday-late");
        assertThat(page.next()).isPresent();
    }

    @Test
    void latestAndHistory_orderCallsWithinOneSecondByTime_whateverTheirPrecision() {
        // ISO text of varying precision sorts "…:00Z" after "…:00.5Z" ('Z' > '.'): the sort key must not.
        callLog.record(call("c-whole-second", "+18005550001", NOW));
        callLog.record(call("c-half-second", "+18005550001", NOW.plusMillis(500)));
        callLog.record(call("c-nanos", "+18005550001", NOW.plusNanos(750_000_001)));

        assertThat(callLog.latest(10, null, NOW.plusSeconds(1)).calls()).extracting(CallRecord::contactId)
                .containsExactly("c-nanos", "c-half-second", "c-whole-second");
        assertThat(callLog.history("+18005550001", 10, null).calls()).extracting(CallRecord::contactId)
                .containsExactly("c-nanos", "c-half-second", "c-whole-second");
        assertThat(callLog.get("c-nanos")).map(CallRecord::calledAt).contains(NOW.plusNanos(750_000_001));
    }

    @Test
    void latest_pagedWithCursor_returnsEveryCallOnceInOrder() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Instant when = NOW.minus(Duration.ofHours(7L * i));
            callLog.record(call("c-" + i, "+1800555000" + i, when));
            expected.add("c-" + i);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            CallLogPage page = callLog.latest(3, cursor, NOW);
            page.calls().forEach(c -> seen.add(c.contactId()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void history_whenACallerCallsRepeatedly_keepsEveryCallNewestFirst() {
        callLog.record(call("first", "+442079460958", NOW.minus(Duration.ofDays(2))));
        callLog.record(call("other-caller", "+18003569377", NOW.minus(Duration.ofDays(1))));
        callLog.record(call("second", "+442079460958", NOW.minus(Duration.ofHours(1))));

        CallLogPage history = callLog.history("+442079460958", 10, null);

        assertThat(history.calls()).extracting(CallRecord::contactId).containsExactly("second", "first");
        assertThat(history.next()).isEmpty();
    }

    @Test
    void record_whenConnectRetriesTheSameContact_keepsOneRecord() {
        assertThat(callLog.record(call("retried", "+18003569377", NOW))).isTrue();
        assertThat(callLog.record(call("retried", "+18003569377", NOW.plusMillis(900)))).isFalse();

        assertThat(callLog.history("+18003569377", 10, null).calls()).hasSize(1);
    }

    @Test
    void record_storesTheTtlAttributeDynamoDbExpiresOn() {
        CallRecord call = call("ttl", "+18003569377", NOW);
        callLog.record(call);

        Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(callLog.tableName())
                .key(Map.of(CallLogSchema.CONTACT_ID, AttributeValue.fromS("ttl")))).item();

        assertThat(item.get(CallLogSchema.EXPIRES_AT).n())
                .isEqualTo(Long.toString(NOW.plus(Duration.ofDays(90)).getEpochSecond()));
        assertThat(item.get(CallLogSchema.VANITY).l()).extracting(AttributeValue::s).containsExactly("1-800-FLOWERS");
    }

    @Test
    void latest_whenFewCallsOnTwoDays_queriesOnlyThoseDaysAndEndsWithoutCursor() {
        callLog.record(call("today", "+18005550001", NOW.minus(Duration.ofHours(1))));
        callLog.record(call("last-week", "+18005550002", NOW.minus(Duration.ofDays(7))));

        CallLogPage page = callLog.latest(50, null, NOW);

        assertThat(page.calls()).extracting(CallRecord::contactId).containsExactly("today", "last-week");
        assertThat(page.next()).isEmpty();
        assertThat(page.queries()).as("the days marker, then one Query per day with calls, not one per day of the window")
                .isEqualTo(3);
        assertThat(page.itemsRead()).isEqualTo(3);
    }

    @Test
    void latest_whenTableHasNoDaysMarker_stillFindsCallsByWalkingEveryDay() {
        CallRecord old = call("written-before-the-marker", "+18005550001", NOW.minus(Duration.ofDays(3)));
        dynamoDb.putItem(b -> b.tableName(callLog.tableName()).item(CallLog.toItem(old)));

        CallLogPage page = callLog.latest(50, null, NOW);

        assertThat(page.calls()).extracting(CallRecord::contactId).containsExactly("written-before-the-marker");
        assertThat(page.next()).isEmpty();
        assertThat(page.queries()).isEqualTo(1 + 31);
    }

    @Test
    void get_findsExactlyThatContact_andNothingForAnUnknownIdOrTheDaysMarker() {
        callLog.record(call("5b1c7a9e-3f42-4d1a-9a0e-2c6f8d4b7e11", "+18003569377", NOW));
        callLog.record(call("0f0e4a52-7d1c-4b8e-8a39-6a2f3c9d1e00", "+442079460958", NOW.plusSeconds(1)));

        assertThat(callLog.get("5b1c7a9e-3f42-4d1a-9a0e-2c6f8d4b7e11")).get()
                .extracting(CallRecord::caller, CallRecord::calledAt).containsExactly("+18003569377", NOW);
        assertThat(callLog.get("00000000-0000-4000-8000-000000000000")).isEmpty();
        assertThat(callLog.get(CallLogSchema.DAYS_MARKER_ID)).as("the days marker is not a call").isEmpty();
        assertThat(callLog.get("")).isEmpty();
    }

    @Test
    void between_whenTheRangeSpansTwoUtcDays_returnsExactlyItsCallsNewestFirst_readingNoOthers() {
        // A day in Tokyo (UTC+9): 2026-11-21T00:00+09:00 = 2026-11-20T15:00Z up to 2026-11-21T15:00Z.
        Instant start = Instant.parse("2026-11-20T15:00:00Z");
        Instant end = Instant.parse("2026-11-21T15:00:00Z");
        callLog.record(call("before", "+18005550001", start.minusMillis(1)));
        callLog.record(call("at-start", "+18005550002", start));
        callLog.record(call("before-utc-midnight", "+18005550003", Instant.parse("2026-11-20T23:59:59.999Z")));
        callLog.record(call("at-utc-midnight", "+18005550004", Instant.parse("2026-11-21T00:00:00Z")));
        callLog.record(call("last-second", "+18005550005", end.minusMillis(1)));
        callLog.record(call("at-end", "+18005550006", end));
        callLog.record(call("next-day", "+18005550007", end.plusSeconds(3600)));

        CallLogPage page = callLog.between(start, end, 50, null);

        assertThat(page.calls()).extracting(CallRecord::contactId)
                .containsExactly("last-second", "at-utc-midnight", "before-utc-midnight", "at-start");
        assertThat(page.next()).isEmpty();
        assertThat(page.queries()).as("one Query per UTC day partition").isEqualTo(2);
        assertThat(page.itemsRead()).as("the sort-key condition keeps other calls of those days unread").isEqualTo(4);
    }

    @Test
    void between_pagedWithCursor_returnsEveryCallOnceInOrder_acrossTheDayBoundary() {
        Instant start = Instant.parse("2026-11-20T15:00:00Z");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Instant when = start.plus(Duration.ofHours(24)).minus(Duration.ofHours(3L * i)).minusSeconds(1);
            callLog.record(call("c-" + i, "+1800555000" + i, when));
            expected.add("c-" + i);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            CallLogPage page = callLog.between(start, start.plus(Duration.ofHours(24)), 3, cursor);
            assertThat(page.calls()).hasSizeLessThanOrEqualTo(3);
            page.calls().forEach(c -> seen.add(c.contactId()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void between_withSubSecondEnds_keepsOnlyCallsInsideTheRange() {
        Instant from = Instant.parse("2026-11-21T08:00:00.500Z");
        Instant to = Instant.parse("2026-11-21T08:00:02.250Z");
        callLog.record(call("whole-second-before", "+18005550001", Instant.parse("2026-11-21T08:00:00Z")));
        callLog.record(call("just-before", "+18005550002", Instant.parse("2026-11-21T08:00:00.499Z")));
        callLog.record(call("at-from", "+18005550003", from));
        callLog.record(call("inside", "+18005550004", Instant.parse("2026-11-21T08:00:01Z")));
        callLog.record(call("at-to", "+18005550005", to));

        assertThat(callLog.between(from, to, 50, null).calls()).extracting(CallRecord::contactId)
                .containsExactlyInAnyOrder("at-from", "inside");
    }

    @Test
    void history_keepsWhyACallGotItsStatus_andCallsWithoutAReasonReadBackEmpty() {
        callLog.record(new CallRecord("c-no-vanity", "+18005550100", NOW, List.of(), "NO_VANITY", NOW.plus(Duration.ofDays(90)),
                "no common English word of 3+ letters dials any part of 5550100"));
        callLog.record(call("c-older", "+18005550100", NOW.minusSeconds(5)));

        assertThat(callLog.history("+18005550100", 10, null).calls()).extracting(CallRecord::contactId, CallRecord::reason)
                .containsExactly(tuple("c-no-vanity", "no common English word of 3+ letters dials any part of 5550100"),
                        tuple("c-older", ""));
    }

    private static CallRecord call(String contactId, String caller, Instant when) {
        return new CallRecord(contactId, caller, when, List.of("1-800-FLOWERS"), "OK", when.plus(Duration.ofDays(90)));
    }
}
