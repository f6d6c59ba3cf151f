package io.switchboard.lambdas.calllog;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.lambdas.testing.CallLogTables;
import io.switchboard.lambdas.testing.DynamoDbLocal;
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

    private final DynamoDbClient dynamoDb = DynamoDbLocal.shared().client();
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

    private static CallRecord call(String contactId, String caller, Instant when) {
        return new CallRecord(contactId, caller, when, List.of("1-800-FLOWERS"), "OK", when.plus(Duration.ofDays(90)));
    }
}
