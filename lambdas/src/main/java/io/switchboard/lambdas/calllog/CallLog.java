package io.switchboard.lambdas.calllog;

import static io.switchboard.lambdas.calllog.CallLogSchema.BY_CALLER_INDEX;
import static io.switchboard.lambdas.calllog.CallLogSchema.BY_DAY_INDEX;
import static io.switchboard.lambdas.calllog.CallLogSchema.CALLED_AT;
import static io.switchboard.lambdas.calllog.CallLogSchema.CALLER;
import static io.switchboard.lambdas.calllog.CallLogSchema.CONTACT_ID;
import static io.switchboard.lambdas.calllog.CallLogSchema.DAY;
import static io.switchboard.lambdas.calllog.CallLogSchema.DAYS;
import static io.switchboard.lambdas.calllog.CallLogSchema.DAYS_MARKER_ID;
import static io.switchboard.lambdas.calllog.CallLogSchema.EXPIRES_AT;
import static io.switchboard.lambdas.calllog.CallLogSchema.REASON;
import static io.switchboard.lambdas.calllog.CallLogSchema.STATUS;
import static io.switchboard.lambdas.calllog.CallLogSchema.VANITY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The call log in DynamoDB: one item per contact, the newest calls by a per-day index, a caller's
 * history by a per-caller index, never a Scan (docs/decisions/0002-call-log-keys.md).
 */
public final class CallLog {
    /** A sort-key bound: {@code called_at} values start with the instant's ISO text, so a whole-second prefix orders against them exactly. */
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    /**
     * The time part of the sort key: always nine fraction digits, so text order is time order. (ISO text of
     * varying precision is not: "…:00Z" sorts after "…:00.5Z" because 'Z' &gt; '.'.) Items written with the
     * older, variable-precision form still parse; only their order within one second can be off.
     */
    private static final DateTimeFormatter SORT_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final int lookbackDays;
    /** Days this instance already listed in the days marker: one extra write per day per Lambda instance, not per call. */
    private final Set<LocalDate> markedDays = ConcurrentHashMap.newKeySet();

    /**
     * @param lookbackDays how many days "latest calls" walks back at most (the retention window)
     */
    public CallLog(DynamoDbClient dynamoDb, String tableName, int lookbackDays) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.lookbackDays = Math.max(1, lookbackDays);
    }

    public String tableName() {
        return tableName;
    }

    /**
     * Records a call once per contact.
     *
     * @return true when written, false when this contact was already recorded (a Connect retry)
     */
    public boolean record(CallRecord call) {
        markDay(dayOf(call.calledAt()));
        try {
            dynamoDb.putItem(b -> b.tableName(tableName)
                    .item(toItem(call))
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", CONTACT_ID)));
            return true;
        } catch (ConditionalCheckFailedException alreadyRecorded) {
            return false;
        }
    }

    /**
     * Lists {@code day} in the days marker (before the call itself, so a listed day without calls is the
     * worst case: one empty Query). Marked before the call is written, once per instance and day.
     */
    private void markDay(LocalDate day) {
        if (markedDays.contains(day)) {
            return;
        }
        dynamoDb.updateItem(b -> b.tableName(tableName)
                .key(Map.of(CONTACT_ID, s(DAYS_MARKER_ID)))
                .updateExpression("ADD #days :day")
                .expressionAttributeNames(Map.of("#days", DAYS))
                .expressionAttributeValues(Map.of(":day", AttributeValue.fromSs(List.of(day.toString())))));
        markedDays.add(day);
    }

    /**
     * The newest calls across all callers, newest first, starting today (UTC) and walking back through
     * the days that hold calls (the days marker); every day of the retention window when a table has no marker.
     */
    public CallLogPage latest(int limit, String cursor, Instant now) {
        LatestCursor position = cursor == null ? LatestCursor.start(dayOf(now)) : LatestCursor.decode(cursor);
        LocalDate oldest = dayOf(now).minusDays(lookbackDays);
        var marker = dynamoDb.getItem(b -> b.tableName(tableName).key(Map.of(CONTACT_ID, s(DAYS_MARKER_ID))));
        int itemsRead = marker.hasItem() && !marker.item().isEmpty() ? 1 : 0;
        int queries = 1;
        NavigableSet<LocalDate> days = daysWithCalls(marker.item(), oldest, position.day());
        List<CallRecord> calls = new ArrayList<>();
        LocalDate day = days.isEmpty() ? null : days.first();
        Map<String, AttributeValue> startKey = day != null && day.equals(position.day()) ? position.startKey() : null;
        while (calls.size() < limit && day != null) {
            QueryResponse page = dynamoDb.query(byDay(day, limit - calls.size(), startKey));
            queries++;
            itemsRead += page.scannedCount() == null ? page.count() : page.scannedCount();
            page.items().forEach(item -> calls.add(fromItem(item)));
            if (page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()) {
                startKey = page.lastEvaluatedKey();
            } else {
                startKey = null;
                day = days.higher(day);
            }
        }
        boolean more = day != null;
        return new CallLogPage(calls, more ? new LatestCursor(day, startKey).encode() : null, itemsRead, queries);
    }

    /** One caller's calls, newest first. {@code callerE164} must be the E.164 form the handler stores. */
    public CallLogPage history(String callerE164, int limit, String cursor) {
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(tableName)
                .indexName(BY_CALLER_INDEX)
                .keyConditionExpression("#caller = :caller")
                .expressionAttributeNames(Map.of("#caller", CALLER))
                .expressionAttributeValues(Map.of(":caller", s(callerE164)))
                .scanIndexForward(false)
                .limit(limit);
        if (cursor != null) {
            request.exclusiveStartKey(LatestCursor.decode(cursor).startKey());
        }
        QueryResponse page = dynamoDb.query(request.build());
        List<CallRecord> calls = page.items().stream().map(CallLog::fromItem).toList();
        String next = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                ? new LatestCursor(LocalDate.EPOCH, page.lastEvaluatedKey()).encode()
                : null;
        return new CallLogPage(calls, next);
    }

    /**
     * The call with this ContactId: one strongly consistent GetItem on the table's key, so a call
     * recorded a moment ago is found too.
     */
    public Optional<CallRecord> get(String contactId) {
        if (contactId == null || contactId.isEmpty()) {
            return Optional.empty();
        }
        var response = dynamoDb.getItem(b -> b.tableName(tableName)
                .key(Map.of(CONTACT_ID, s(contactId)))
                .consistentRead(true));
        // the days marker shares the key space but is not a call: it has no called_at
        return response.hasItem() && response.item().containsKey(CALLED_AT)
                ? Optional.of(fromItem(response.item()))
                : Optional.empty();
    }

    /**
     * The calls made from {@code from} (inclusive) to {@code to} (exclusive), newest first. Each UTC day
     * partition the range touches is queried on the {@code by-day} index, newest day first, with the
     * range as a sort-key condition, so calls outside it are not read (a local day spans two UTC days
     * unless the zone is UTC). Meant for short ranges: one Query per day.
     */
    public CallLogPage between(Instant from, Instant to, int limit, String cursor) {
        List<LocalDate> days = partitions(from, to);
        if (days.isEmpty()) {
            return new CallLogPage(List.of(), null, 0, 0);
        }
        LatestCursor position = cursor == null ? LatestCursor.start(days.get(0)) : LatestCursor.decode(cursor);
        int dayIndex = days.indexOf(position.day());
        if (dayIndex < 0) {
            throw new IllegalArgumentException("This cursor belongs to another range: " + cursor);
        }
        // Whole-second bounds: a prefix sorts before every value that starts with it, so BETWEEN lo AND hi
        // holds [lo, hi) exactly. Sub-second range ends are trimmed below.
        String low = SECOND.format(from.truncatedTo(ChronoUnit.SECONDS));
        Instant ceiling = to.truncatedTo(ChronoUnit.SECONDS);
        String high = SECOND.format(ceiling.isBefore(to) ? ceiling.plusSeconds(1) : ceiling);
        Map<String, AttributeValue> startKey = position.startKey();
        List<CallRecord> calls = new ArrayList<>();
        int itemsRead = 0;
        int queries = 0;
        while (calls.size() < limit && dayIndex < days.size()) {
            QueryResponse page = dynamoDb.query(byDay(days.get(dayIndex), low, high, limit - calls.size(), startKey));
            queries++;
            itemsRead += page.scannedCount() == null ? page.count() : page.scannedCount();
            for (var item : page.items()) {
                CallRecord call = fromItem(item);
                if (!call.calledAt().isBefore(from) && call.calledAt().isBefore(to)) {
                    calls.add(call);
                }
            }
            if (page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()) {
                startKey = page.lastEvaluatedKey();
            } else {
                startKey = null;
                dayIndex++;
            }
        }
        String next = dayIndex < days.size() ? new LatestCursor(days.get(dayIndex), startKey).encode() : null;
        return new CallLogPage(calls, next, itemsRead, queries);
    }

    /** The UTC days (the {@code by-day} partitions) that {@code [from, to)} touches, newest first; none when it is empty. */
    static List<LocalDate> partitions(Instant from, Instant to) {
        List<LocalDate> days = new ArrayList<>();
        if (!to.isAfter(from)) {
            return days;
        }
        LocalDate first = dayOf(from);
        for (LocalDate day = dayOf(to.minusNanos(1)); !day.isBefore(first); day = day.minusDays(1)) {
            days.add(day);
        }
        return days;
    }

    /**
     * Days to query, newest first, from {@code newest} back to {@code oldest}: the marker's days, or
     * every day when the table has no marker (written before it existed).
     */
    private static NavigableSet<LocalDate> daysWithCalls(Map<String, AttributeValue> marker, LocalDate oldest, LocalDate newest) {
        NavigableSet<LocalDate> days = new TreeSet<LocalDate>(java.util.Comparator.reverseOrder());
        if (marker == null || !marker.containsKey(DAYS)) {
            for (LocalDate d = newest; !d.isBefore(oldest); d = d.minusDays(1)) {
                days.add(d);
            }
            return days;
        }
        for (String text : marker.get(DAYS).ss()) {
            LocalDate d = LocalDate.parse(text);
            if (!d.isBefore(oldest) && !d.isAfter(newest)) {
                days.add(d);
            }
        }
        return days;
    }

    private QueryRequest byDay(LocalDate day, int limit, Map<String, AttributeValue> startKey) {
        return byDay(day, null, null, limit, startKey);
    }

    /** A newest-first Query of one day's partition; with {@code low} and {@code high}, only sort keys between them. */
    private QueryRequest byDay(LocalDate day, String low, String high, int limit, Map<String, AttributeValue> startKey) {
        Map<String, String> names = new HashMap<>(Map.of("#day", DAY));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":day", s(day.toString())));
        String condition = "#day = :day";
        if (low != null) {
            condition += " AND #at BETWEEN :low AND :high";
            names.put("#at", CALLED_AT);
            values.put(":low", s(low));
            values.put(":high", s(high));
        }
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(tableName)
                .indexName(BY_DAY_INDEX)
                .keyConditionExpression(condition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .scanIndexForward(false)
                .limit(limit);
        if (startKey != null) {
            request.exclusiveStartKey(startKey);
        }
        return request.build();
    }

    /** The item {@link #record} writes for {@code call}: for bulk loads (BatchWriteItem) that must match it exactly. */
    public static Map<String, AttributeValue> toItem(CallRecord call) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(CONTACT_ID, s(call.contactId()));
        item.put(CALLER, s(call.caller()));
        item.put(DAY, s(dayOf(call.calledAt()).toString()));
        item.put(CALLED_AT, s(SORT_TIME.format(call.calledAt()) + "#" + call.contactId()));
        item.put(VANITY, AttributeValue.fromL(call.vanity().stream().map(CallLog::s).toList()));
        item.put(STATUS, s(call.status()));
        item.put(EXPIRES_AT, AttributeValue.fromN(Long.toString(call.expiresAt().getEpochSecond())));
        if (!call.reason().isEmpty()) {
            item.put(REASON, s(call.reason()));
        }
        return item;
    }

    static CallRecord fromItem(Map<String, AttributeValue> item) {
        String calledAt = text(item, CALLED_AT);
        int hash = calledAt.indexOf('#');
        Instant when = Instant.parse(hash < 0 ? calledAt : calledAt.substring(0, hash));
        List<String> vanity = item.containsKey(VANITY)
                ? item.get(VANITY).l().stream().map(AttributeValue::s).toList()
                : List.of();
        Instant expires = item.containsKey(EXPIRES_AT)
                ? Instant.ofEpochSecond(Long.parseLong(item.get(EXPIRES_AT).n()))
                : Instant.EPOCH;
        return new CallRecord(text(item, CONTACT_ID), text(item, CALLER), when, vanity, text(item, STATUS), expires,
                text(item, REASON));
    }

    static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.s() == null ? "" : value.s();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
