package io.switchboard.dynamodb;

import static io.switchboard.dynamodb.EngineClient.n;
import static io.switchboard.dynamodb.EngineClient.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class ConcurrentWritesTest {
    @Test
    void conditionalWritesFromManyThreads_exactlyOneWinsEachItem_andNoCounterIncrementIsLost() throws Exception {
        try (DynamoDbServer server = DynamoDbServer.inMemory().start(); DynamoDbClient client = EngineClient.against(server.endpoint())) {
            Tables.hashOnly(client, "calls", "id", ScalarAttributeType.S);
            client.putItem(request -> request.tableName("calls").item(Map.of("id", s("counter"), "value", n("0"))));
            ExecutorService pool = Executors.newFixedThreadPool(32);
            AtomicInteger won = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                int call = i;
                calls.add(pool.submit(() -> {
                    try {
                        client.putItem(request -> request.tableName("calls").item(Map.of("id", s("call-" + call % 100), "by", n(String.valueOf(call))))
                                .conditionExpression("attribute_not_exists(id)"));
                        won.incrementAndGet();
                    } catch (ConditionalCheckFailedException e) {
                        refused.incrementAndGet();
                    }
                    client.updateItem(request -> request.tableName("calls").key(Map.of("id", s("counter")))
                            .updateExpression("SET #v = #v + :one").expressionAttributeNames(Map.of("#v", "value"))
                            .expressionAttributeValues(Map.of(":one", n("1"))));
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
            pool.shutdown();

            assertThat(won.get()).isEqualTo(100);
            assertThat(refused.get()).isEqualTo(900);
            assertThat(client.getItem(request -> request.tableName("calls").key(Map.of("id", s("counter")))).item().get("value").n())
                    .isEqualTo("1000");
            assertThat(client.scan(request -> request.tableName("calls")).count()).isEqualTo(101);
        }
    }
}
