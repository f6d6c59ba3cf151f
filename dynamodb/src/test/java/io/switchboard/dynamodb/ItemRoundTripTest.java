package io.switchboard.dynamodb;

import static io.switchboard.dynamodb.EngineClient.n;
import static io.switchboard.dynamodb.EngineClient.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class ItemRoundTripTest {
    private static DynamoDbServer server;
    private static DynamoDbClient client;

    @BeforeAll
    static void start() {
        server = DynamoDbServer.inMemory().start();
        client = EngineClient.against(server.endpoint());
        Tables.hashOnly(client, "contacts", "id", ScalarAttributeType.S);
        Tables.hashAndRange(client, "calls", "day", ScalarAttributeType.S, "at", ScalarAttributeType.N);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void putThenGet_returnsTheItemWithNormalisedNumbers() {
        client.putItem(request -> request.tableName("contacts").item(Map.of(
                "id", s("c-1"), "score", n("1.50"), "big", n("1E+2"), "tags", AttributeValue.fromSs(List.of("a", "b")))));

        Map<String, AttributeValue> item = client.getItem(request -> request.tableName("contacts").key(Map.of("id", s("c-1")))).item();

        assertThat(item).containsEntry("score", n("1.5")).containsEntry("big", n("100"));
        assertThat(item.get("tags").ss()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void getItem_ofAMissingTable_isResourceNotFound() {
        assertThatThrownBy(() -> client.getItem(request -> request.tableName("nope").key(Map.of("id", s("x")))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Requested resource not found");
    }

    @Test
    void query_readsOnePartitionInSortKeyOrder_newestFirstWhenBackwards() {
        for (int i = 1; i <= 12; i++) {
            int at = i;
            client.putItem(request -> request.tableName("calls").item(Map.of("day", s("2026-12-04"), "at", n(String.valueOf(at * 10)))));
        }
        client.putItem(request -> request.tableName("calls").item(Map.of("day", s("2026-12-05"), "at", n("5"))));

        List<Map<String, AttributeValue>> latest = client.query(request -> request.tableName("calls")
                .keyConditionExpression("#d = :day").expressionAttributeNames(Map.of("#d", "day"))
                .expressionAttributeValues(Map.of(":day", s("2026-12-04"))).scanIndexForward(false).limit(3)).items();

        assertThat(latest).extracting(item -> item.get("at").n()).containsExactly("120", "110", "100");
    }
}
