package io.switchboard.dynamodb;

import static io.switchboard.dynamodb.EngineClient.n;
import static io.switchboard.dynamodb.EngineClient.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

class TimeToLiveTest {
    private DynamoDbServer server;
    private DynamoDbClient client;

    @BeforeEach
    void start() {
        server = DynamoDbServer.inMemory().start();
        client = EngineClient.against(server.endpoint());
        Tables.hashOnly(client, "sessions", "id", ScalarAttributeType.S);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void ttl_isDescribedOnceEnabled_andEnablingTwiceIsRefused() {
        assertThat(client.describeTimeToLive(request -> request.tableName("sessions")).timeToLiveDescription().timeToLiveStatus())
                .isEqualTo(TimeToLiveStatus.DISABLED);
        enableTtl();
        assertThat(client.describeTimeToLive(request -> request.tableName("sessions")).timeToLiveDescription())
                .satisfies(description -> {
                    assertThat(description.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
                    assertThat(description.attributeName()).isEqualTo("expiresAt");
                });
        assertThatThrownBy(this::enableTtl).hasMessageStartingWith("TimeToLive is already enabled");
    }

    @Test
    void expiredItems_areStillReadUntilTheSweep_thenGone_whileOthersStay() {
        enableTtl();
        long now = 1_800_000_000L;
        put("expired", String.valueOf(now - 60));
        put("future", String.valueOf(now + 3600));
        put("ancient", String.valueOf(now - 6L * 365 * 24 * 3600)); // more than five years ago: AWS never deletes it
        client.putItem(request -> request.tableName("sessions").item(Map.of("id", s("text"), "expiresAt", s("soon"))));

        assertThat(exists("expired")).as("AWS documents that expired items are read until TTL deletes them").isTrue();

        assertThat(server.expireItems(now)).isEqualTo(1);
        assertThat(exists("expired")).isFalse();
        assertThat(exists("future")).isTrue();
        assertThat(exists("ancient")).isTrue();
        assertThat(exists("text")).isTrue();
    }

    @Test
    void itemsWrittenBeforeTtlWasEnabled_expireToo_andAnUpdatedExpiryIsHonoured() {
        long now = 1_800_000_000L;
        put("early", String.valueOf(now - 10));
        put("extended", String.valueOf(now - 10));
        enableTtl();
        client.updateItem(request -> request.tableName("sessions").key(Map.of("id", s("extended")))
                .updateExpression("SET expiresAt = :later").expressionAttributeValues(Map.of(":later", n(String.valueOf(now + 60)))));

        assertThat(server.expireItems(now)).isEqualTo(1);
        assertThat(exists("early")).isFalse();
        assertThat(exists("extended")).isTrue();
        assertThat(server.expireItems(now + 60)).isEqualTo(1);
        assertThat(exists("extended")).isFalse();
    }

    private void enableTtl() {
        client.updateTimeToLive(request -> request.tableName("sessions")
                .timeToLiveSpecification(specification -> specification.enabled(true).attributeName("expiresAt")));
    }

    private void put(String id, String expiresAt) {
        client.putItem(request -> request.tableName("sessions").item(Map.of("id", s(id), "expiresAt", n(expiresAt))));
    }

    private boolean exists(String id) {
        return client.getItem(request -> request.tableName("sessions").key(Map.of("id", s(id)))).hasItem();
    }
}
