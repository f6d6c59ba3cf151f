package io.switchboard.desktop.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.task.SameThreadTaskExecutor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's sandbox on a data folder an earlier Switchboard wrote with DynamoDB Local (stack's real
 * fixture): the start says the calls were brought over and where the old folder is, and the calls are
 * there for the Calls page; Dismiss forgets the notice.
 */
class ConnectionManagerNoticeTest {
    @TempDir
    Path data;

    @Test
    void startingOnEarlierData_tellsWhatWasCopied_andTheCallsAreThere() throws Exception {
        Path old = data.resolve("sandbox").resolve("dynamodb").resolve("shared-local-instance.db");
        Files.createDirectories(old.getParent());
        try (InputStream fixture = getClass().getResourceAsStream("/dynamodb-local-data/dynamodb/shared-local-instance.db")) {
            Files.copy(fixture, old);
        }
        try (ConnectionManager connections = new ConnectionManager(new SameThreadTaskExecutor(), data)) {
            connections.useSandbox();

            assertThat(connections.notice().get()).contains("Copied the earlier sandbox's data", old.getParent().toString(),
                    "6 items in switchboard-calls");
            assertThat(connections.session().get().calls().orElseThrow()
                    .call("11111111-1111-4111-8111-000000000002")).hasValueSatisfying(call -> assertThat(call.caller()).isEqualTo("+442079460958"));

            connections.dismissNotice();
            assertThat(connections.notice().get()).isEmpty();
        }
    }

    @Test
    void aFreshDataFolder_hasNoNotice() throws Exception {
        try (ConnectionManager connections = new ConnectionManager(new SameThreadTaskExecutor(), data)) {
            connections.useSandbox();
            assertThat(connections.session().get()).isNotNull();
            assertThat(connections.notice().get()).isEmpty();
        }
    }
}
