package io.switchboard.dynamodb;

import static io.switchboard.dynamodb.EngineClient.n;
import static io.switchboard.dynamodb.EngineClient.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class BatchAndTransactionTest {
    private static DynamoDbServer server;
    private static DynamoDbClient client;

    @BeforeAll
    static void start() {
        server = DynamoDbServer.inMemory().start();
        client = EngineClient.against(server.endpoint());
        Tables.hashOnly(client, "accounts", "id", ScalarAttributeType.S);
        Tables.hashOnly(client, "ledger", "id", ScalarAttributeType.S);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    private static WriteRequest put(String id, String balance) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of("id", s(id), "balance", n(balance))).build()).build();
    }

    @Test
    void batchWrite_thenBatchGet_allProcessed_withConsumedCapacityPerTable() {
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            writes.add(put("b" + i, String.valueOf(i)));
        }
        BatchWriteItemResponse written = client.batchWriteItem(request -> request.requestItems(Map.of("accounts", writes))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertThat(written.unprocessedItems()).isEmpty();
        assertThat(written.consumedCapacity()).singleElement().satisfies(capacity -> {
            assertThat(capacity.tableName()).isEqualTo("accounts");
            assertThat(capacity.capacityUnits()).isEqualTo(25.0);
        });

        BatchGetItemResponse read = client.batchGetItem(request -> request.requestItems(Map.of("accounts",
                KeysAndAttributes.builder().keys(Map.of("id", s("b3")), Map.of("id", s("b7")), Map.of("id", s("nobody"))).build())));
        assertThat(read.responses().get("accounts")).extracting(item -> item.get("balance").n()).containsExactlyInAnyOrder("3", "7");
        assertThat(read.unprocessedKeys()).isEmpty();
    }

    @Test
    void batchWrite_withDuplicateKeysOrTooManyItems_isRefused() {
        assertThatThrownBy(() -> client.batchWriteItem(request -> request.requestItems(Map.of("accounts", List.of(put("d", "1"), put("d", "2"))))))
                .hasMessageStartingWith("Provided list of item keys contains duplicates");
        List<WriteRequest> many = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            many.add(put("m" + i, "1"));
        }
        assertThatThrownBy(() -> client.batchWriteItem(request -> request.requestItems(Map.of("accounts", many))))
                .hasMessageContaining("Member must have length less than or equal to 25");
        assertThatThrownBy(() -> client.batchWriteItem(request -> request.requestItems(Map.of("missing-table", List.of(put("x", "1"))))))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageStartingWith("Requested resource not found");
    }

    @Test
    void transactWrite_appliesAllOrNothing_andListsAReasonPerAction() {
        client.putItem(request -> request.tableName("accounts").item(Map.of("id", s("alice"), "balance", n("10"))));
        client.putItem(request -> request.tableName("accounts").item(Map.of("id", s("bob"), "balance", n("0"))));

        TransactionCanceledException cancelled = catchThrowableOfType(() -> client.transactWriteItems(request -> request.transactItems(
                transfer("alice", "-50", ":amount <= balance"), transfer("bob", "50", null),
                TransactWriteItem.builder().put(put -> put.tableName("ledger").item(Map.of("id", s("t1"), "amount", n("50"))))
                        .build())), TransactionCanceledException.class);

        assertThat(cancelled).hasMessageStartingWith(
                "Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None, None]");
        assertThat(cancelled.cancellationReasons()).extracting(CancellationReason::code).containsExactly("ConditionalCheckFailed", "None", "None");
        assertThat(balance("alice")).isEqualTo("10");
        assertThat(balance("bob")).isEqualTo("0");
        assertThat(client.getItem(request -> request.tableName("ledger").key(Map.of("id", s("t1")))).hasItem()).isFalse();

        client.transactWriteItems(request -> request.transactItems(transfer("alice", "-5", ":amount <= balance"), transfer("bob", "5", null)));
        assertThat(balance("alice")).isEqualTo("5");
        assertThat(balance("bob")).isEqualTo("5");
    }

    @Test
    void transactWrite_twoActionsOnOneItem_isAValidationError() {
        assertThatThrownBy(() -> client.transactWriteItems(request -> request.transactItems(transfer("carol", "1", null), transfer("carol", "2", null))))
                .hasMessageStartingWith("Transaction request cannot include multiple operations on one item");
    }

    @Test
    void transactGet_returnsItemsInRequestOrder_andEmptyEntriesForMissingOnes() {
        client.putItem(request -> request.tableName("ledger").item(Map.of("id", s("g1"), "amount", n("1"))));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        client.transactGetItems(request -> request.transactItems(
                item -> item.get(get -> get.tableName("ledger").key(Map.of("id", s("none")))),
                item -> item.get(get -> get.tableName("arn:aws:dynamodb:eu-west-2:000000000000:table/ledger").key(Map.of("id", s("g1"))))))
                .responses().forEach(response -> items.add(response.item()));
        assertThat(items.get(0)).isNullOrEmpty();
        assertThat(items.get(1)).containsEntry("amount", n("1"));
    }

    private static TransactWriteItem transfer(String account, String amount, String condition) {
        return TransactWriteItem.builder().update(update -> update.tableName("accounts").key(Map.of("id", s(account)))
                .updateExpression("ADD balance :delta").conditionExpression(condition)
                .expressionAttributeValues(condition == null ? Map.of(":delta", n(amount))
                        : Map.of(":delta", n(amount), ":amount", n(amount.startsWith("-") ? amount.substring(1) : amount)))).build();
    }

    private static String balance(String account) {
        return client.getItem(request -> request.tableName("accounts").key(Map.of("id", s(account)))).item().get("balance").n();
    }
}
