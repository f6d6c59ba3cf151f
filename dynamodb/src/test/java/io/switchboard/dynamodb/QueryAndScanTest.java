package io.switchboard.dynamodb;

import static io.switchboard.dynamodb.EngineClient.n;
import static io.switchboard.dynamodb.EngineClient.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

class QueryAndScanTest {
    private static DynamoDbServer server;
    private static DynamoDbClient client;

    @BeforeAll
    static void start() {
        server = DynamoDbServer.inMemory().start();
        client = EngineClient.against(server.endpoint());
        client.createTable(request -> request.tableName("calls").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("caller", ScalarAttributeType.S), attribute("startedAt", ScalarAttributeType.N),
                        attribute("staff", ScalarAttributeType.S))
                .keySchema(key("caller", KeyType.HASH), key("startedAt", KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byAgent")
                        .keySchema(key("staff", KeyType.HASH), key("startedAt", KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build()));
        for (int i = 0; i < 30; i++) {
            int at = i;
            client.putItem(request -> request.tableName("calls").item(Map.of("caller", s("+441"), "startedAt", n(String.valueOf(at - 10)),
                    "staff", s(at % 3 == 0 ? "ann" : "bob"), "minutes", n(String.valueOf(at % 5)))));
        }
        client.putItem(request -> request.tableName("calls").item(Map.of("caller", s("+442"), "startedAt", n("1"), "minutes", n("9"))));
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    @Test
    void query_pagesWithLimitAndExclusiveStartKey_coveringThePartitionOnceInNumericOrder() {
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = client.query(request -> request.tableName("calls").keyConditionExpression("caller = :c")
                    .expressionAttributeValues(Map.of(":c", s("+441"))).limit(7).exclusiveStartKey(from));
            page.items().forEach(item -> seen.add(item.get("startedAt").n()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            pages++;
        } while (start != null);

        assertThat(seen).hasSize(30).first().isEqualTo("-10");
        assertThat(seen).last().isEqualTo("19");
        assertThat(pages).isEqualTo(5); // 7+7+7+7+2; AWS answers a LastEvaluatedKey after each full page
    }

    @Test
    void query_sortConditionsAndFilter_countScannedAndMatchedSeparately() {
        QueryResponse between = client.query(request -> request.tableName("calls")
                .keyConditionExpression("caller = :c AND startedAt BETWEEN :lo AND :hi")
                .filterExpression("minutes > :two").expressionAttributeValues(Map.of(":c", s("+441"), ":lo", n("-3"), ":hi", n("3"), ":two", n("2"))));

        assertThat(between.scannedCount()).isEqualTo(7);
        assertThat(between.items()).allSatisfy(item -> assertThat(Integer.parseInt(item.get("minutes").n())).isGreaterThan(2));
        assertThat(between.count()).isEqualTo(between.items().size());

        QueryResponse count = client.query(request -> request.tableName("calls").keyConditionExpression("caller = :c AND startedAt < :zero")
                .expressionAttributeValues(Map.of(":c", s("+441"), ":zero", n("0"))).select(Select.COUNT));
        assertThat(count.count()).isEqualTo(10);
        assertThat(count.items()).isEmpty();
    }

    @Test
    void queryOnAKeysOnlyIndex_returnsOnlyKeys_newestFirst() {
        QueryResponse response = client.query(request -> request.tableName("calls").indexName("byAgent")
                .keyConditionExpression("staff = :a").expressionAttributeValues(Map.of(":a", s("ann"))).scanIndexForward(false).limit(2));

        assertThat(response.items()).extracting(item -> item.get("startedAt").n()).containsExactly("17", "14");
        assertThat(response.items().get(0)).containsOnlyKeys("caller", "startedAt", "staff");
        assertThat(response.lastEvaluatedKey()).containsOnlyKeys("caller", "startedAt", "staff");
    }

    @Test
    void query_withoutThePartitionKey_isAValidationError() {
        assertThatThrownBy(() -> client.query(request -> request.tableName("calls").keyConditionExpression("startedAt = :x")
                .expressionAttributeValues(Map.of(":x", n("1")))))
                .hasMessageStartingWith("Query condition missed key schema element: caller");
        assertThatThrownBy(() -> client.query(request -> request.tableName("calls").keyConditionExpression("caller = :c")
                .filterExpression("startedAt > :x").expressionAttributeValues(Map.of(":c", s("+441"), ":x", n("1")))))
                .hasMessageStartingWith("Filter Expression can only contain non-primary key attributes: Primary key attribute: startedAt");
    }

    @Test
    void scan_withFilterAndSegments_findsEveryItemExactlyOnce() {
        ScanResponse all = client.scan(request -> request.tableName("calls").filterExpression("minutes = :nine")
                .expressionAttributeValues(Map.of(":nine", n("9"))));
        assertThat(all.items()).extracting(item -> item.get("caller").s()).containsExactly("+442");
        assertThat(all.scannedCount()).isEqualTo(31);

        int total = 0;
        for (int segment = 0; segment < 3; segment++) {
            int current = segment;
            total += client.scan(request -> request.tableName("calls").segment(current).totalSegments(3)).count();
        }
        assertThat(total).isEqualTo(31);
    }

    @Test
    void scan_stopsAtOneMegabyte_andGivesAKeyToContinue() {
        Tables.hashOnly(client, "big", "id", ScalarAttributeType.S);
        String filler = "x".repeat(100_000);
        for (int i = 0; i < 15; i++) {
            int id = i;
            client.putItem(request -> request.tableName("big").item(Map.of("id", s("item-" + id), "filler", s(filler))));
        }
        ScanResponse first = client.scan(request -> request.tableName("big"));
        assertThat(first.count()).isBetween(10, 11);
        assertThat(first.lastEvaluatedKey()).isNotEmpty();
        ScanResponse rest = client.scan(request -> request.tableName("big").exclusiveStartKey(first.lastEvaluatedKey()));
        assertThat(first.count() + rest.count()).isEqualTo(15);
    }
}
