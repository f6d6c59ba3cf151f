package io.switchboard.desktop.benchmark;

import io.switchboard.lambdas.calllog.CallLog;
import io.switchboard.lambdas.calllog.CallLogSchema;
import io.switchboard.lambdas.calllog.CallRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Fills call-log tables for benchmarks: tables shaped exactly like the sandbox's calls table (same
 * keys and indexes), items in {@link CallLog#toItem}'s format, written with BatchWriteItem.
 */
final class CallTableLoader {
    private final DynamoDbClient dynamoDb;
    private final TableDescription shape;

    CallTableLoader(DynamoDbClient dynamoDb, String templateTable) {
        this.dynamoDb = dynamoDb;
        this.shape = dynamoDb.describeTable(b -> b.tableName(templateTable)).table();
    }

    String createTable(String name) {
        dynamoDb.createTable(b -> b.tableName(name)
                .billingMode(software.amazon.awssdk.services.dynamodb.model.BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(shape.attributeDefinitions())
                .keySchema(shape.keySchema())
                .globalSecondaryIndexes(shape.globalSecondaryIndexes().stream()
                        .map(gsi -> GlobalSecondaryIndex.builder().indexName(gsi.indexName())
                                .keySchema(gsi.keySchema()).projection(gsi.projection()).build())
                        .toList()));
        return name;
    }

    /** {@code count} calls from random callers, spread uniformly over the {@code days} days before {@code now}. */
    void load(String table, int count, int days, Instant now, long seed) throws Exception {
        Random random = new Random(seed);
        long span = Duration.ofDays(days).toMillis();
        List<Map<String, AttributeValue>> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant at = now.minusMillis((long) (random.nextDouble() * span));
            String caller = "+1800" + (1_000_000 + random.nextInt(9_000_000));
            items.add(CallLog.toItem(new CallRecord(UUID.randomUUID().toString(), caller, at,
                    List.of("1-800-FLOWERS", "1-800-GOT-JUNK", "1-800-CALL-NOW"), "OK", at.plus(Duration.ofDays(90)))));
        }
        markDays(table, items);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < count; from += 25) {
                List<WriteRequest> batch = items.subList(from, Math.min(count, from + 25)).stream()
                        .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                        .toList();
                done.add(writers.submit(() -> write(table, batch)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdown();
        }
    }

    /** Lists the loaded days in the table's days marker, as {@link CallLog#record} does call by call. */
    private void markDays(String table, List<Map<String, AttributeValue>> items) {
        List<String> days = items.stream().map(item -> item.get(CallLogSchema.DAY).s()).distinct().toList();
        dynamoDb.updateItem(b -> b.tableName(table)
                .key(Map.of(CallLogSchema.CONTACT_ID, AttributeValue.fromS(CallLogSchema.DAYS_MARKER_ID)))
                .updateExpression("ADD #days :days")
                .expressionAttributeNames(Map.of("#days", CallLogSchema.DAYS))
                .expressionAttributeValues(Map.of(":days", AttributeValue.fromSs(days))));
    }

    private void write(String table, List<WriteRequest> batch) {
        List<WriteRequest> pending = batch;
        while (!pending.isEmpty()) {
            List<WriteRequest> sending = pending;
            BatchWriteItemResponse response = dynamoDb.batchWriteItem(b -> b.requestItems(Map.of(table, sending)));
            pending = response.unprocessedItems().getOrDefault(table, List.of());
        }
    }
}
