package io.switchboard.dynamodb;

import static io.switchboard.dynamodb.EngineClient.n;
import static io.switchboard.dynamodb.EngineClient.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class DynamoDbServerTest {
    @TempDir
    Path folder;

    @Test
    void persistedTables_andItems_surviveAClose_andAReopen() {
        Path data = folder.resolve("nested/dynamodb");
        try (DynamoDbServer server = DynamoDbServer.persistedIn(data).start();
             DynamoDbClient client = EngineClient.against(server.endpoint())) {
            Tables.hashAndRange(client, "calls", "caller", ScalarAttributeType.S, "startedAt", ScalarAttributeType.N);
            client.putItem(request -> request.tableName("calls").item(Map.of("caller", s("+44"), "startedAt", n("1"), "note", s("kept"))));
            client.updateTimeToLive(request -> request.tableName("calls")
                    .timeToLiveSpecification(ttl -> ttl.enabled(true).attributeName("expiresAt")));
        }

        try (DynamoDbServer server = DynamoDbServer.persistedIn(data).start();
             DynamoDbClient client = EngineClient.against(server.endpoint())) {
            assertThat(client.listTables().tableNames()).containsExactly("calls");
            Map<String, AttributeValue> item = client.getItem(request -> request.tableName("calls")
                    .key(Map.of("caller", s("+44"), "startedAt", n("1")))).item();
            assertThat(item).containsEntry("note", s("kept"));
            assertThat(client.describeTimeToLive(request -> request.tableName("calls")).timeToLiveDescription().attributeName())
                    .isEqualTo("expiresAt");
            assertThat(client.describeTable(request -> request.tableName("calls")).table().itemCount()).isEqualTo(1);
        }
        assertThat(data.resolve("FORMAT")).content().startsWith("switchboard-dynamodb-format=1");
    }

    @Test
    void aFolderOfANewerFormat_isRefusedWithAClearMessage_andLeftUntouched() throws Exception {
        Files.writeString(folder.resolve("FORMAT"), "switchboard-dynamodb-format=2\n");

        assertThatThrownBy(() -> DynamoDbServer.persistedIn(folder).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("format version 2")
                .hasMessageContaining("written by a newer Switchboard");
        assertThat(folder.resolve("tables.mv.db")).doesNotExist();
    }

    @Test
    void start_isIdempotent_andTheEndpointIsLoopback_untilClosed() {
        DynamoDbServer server = DynamoDbServer.inMemory();
        assertThat(server.start()).isSameAs(server.start());
        assertThat(server.endpoint().toString()).startsWith("http://127.0.0.1:");
        server.close();
        server.close();
        assertThatThrownBy(server::endpoint).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void twoServers_inMemory_doNotShareTables() {
        try (DynamoDbServer first = DynamoDbServer.inMemory().start(); DynamoDbServer second = DynamoDbServer.inMemory().start();
             DynamoDbClient one = EngineClient.against(first.endpoint()); DynamoDbClient two = EngineClient.against(second.endpoint())) {
            Tables.hashOnly(one, "only-here", "id", ScalarAttributeType.S);
            assertThat(two.listTables().tableNames()).isEmpty();
            assertThat(first.endpoint()).isNotEqualTo(second.endpoint());
        }
    }
}
