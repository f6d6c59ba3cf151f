package io.switchboard.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class CrashSafetyTest {
    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedWrite_survivesAProcessThatDiesWithoutClosing() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), folder.toString(), "40"))
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(writer.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(output).contains("acknowledged 40");

        try (DynamoDbServer server = DynamoDbServer.persistedIn(folder).start(); DynamoDbClient client = EngineClient.against(server.endpoint())) {
            assertThat(client.scan(request -> request.tableName("calls")).count()).isEqualTo(40);
        }
    }
}
