package io.switchboard.stack.sandbox.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.stack.ContentHash;
import io.switchboard.stack.deploy.DeployListener;
import io.switchboard.stack.sandbox.Sandbox;
import io.switchboard.stack.sandbox.SandboxOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A data folder an earlier Switchboard wrote with DynamoDB Local: the fixture is a real one
 * ({@code dynamodb-local-data/dynamodb/shared-local-instance.db}, written by DynamoDB Local 2.6.1 through
 * {@code sandbox serve} and five vanity calls, plus one async result with every attribute type).
 */
class EarlierTablesCopyTest {
    private static final String CALLS = "switchboard-calls";
    private static final String RESULTS = "switchboard-async-results";

    @TempDir
    Path home;

    @Test
    void firstStart_bringsTheEarlierCallsOver_andLeavesTheOldFolderAsItWas() throws Exception {
        Path sandboxFolder = earlierFolder();
        Path old = EarlierTablesCopy.oldFile(sandboxFolder);
        String before = ContentHash.sha256Hex(old);

        try (Sandbox sandbox = start(sandboxFolder); DynamoDbClient dynamoDb = SandboxDynamoDbClient.forEndpoint(sandbox.dynamoDbEndpoint())) {
            assertThat(sandbox.notices()).singleElement().asString()
                    .contains("Copied the earlier sandbox's data", old.getParent().toString(),
                            "6 items in switchboard-calls", "1 item in switchboard-async-results", "kept as it was");
            Map<String, AttributeValue> call = dynamoDb.getItem(b -> b.tableName(CALLS).consistentRead(true)
                    .key(Map.of("contact_id", AttributeValue.fromS("11111111-1111-4111-8111-000000000001")))).item();
            assertThat(call.get("caller").s()).isEqualTo("+18003569377");
            assertThat(call.get("status").s()).isEqualTo("OK");
            assertThat(call.get("vanity").l().get(0).s()).isEqualTo("1-800-FLOWERS");
            assertThat(dynamoDb.query(b -> b.tableName(CALLS).indexName("by-day")
                    .keyConditionExpression("#d = :d").expressionAttributeNames(Map.of("#d", "day"))
                    .expressionAttributeValues(Map.of(":d", AttributeValue.fromS("2026-12-04")))).count())
                    .as("the Calls page's by-day index finds them").isEqualTo(5);
            Map<String, AttributeValue> output = dynamoDb.scan(b -> b.tableName(RESULTS)).items().get(0).get("output").m();
            assertThat(output.get("blob").b()).isEqualTo(SdkBytes.fromUtf8String("AAEC/w=="));
            assertThat(output.get("scores").ns().stream().map(n -> new BigDecimal(n).stripTrailingZeros().toPlainString()))
                    .containsExactlyInAnyOrder("-300", "1", "2.5");
            assertThat(output.get("blobs").bs()).hasSize(2);
            assertThat(new BigDecimal(output.get("list").l().get(1).n())).isEqualByComparingTo("0.000001");
            assertThat(output.get("ok").bool()).isTrue();
        }

        assertThat(ContentHash.sha256Hex(old)).as("the old file is never written").isEqualTo(before);
        assertThat(list(old.getParent())).containsExactly(old.getFileName().toString());
    }

    @Test
    void laterStarts_copyNothingAgain_andSayNothing() throws Exception {
        Path sandboxFolder = earlierFolder();
        start(sandboxFolder).close();
        try (Sandbox again = start(sandboxFolder); DynamoDbClient dynamoDb = SandboxDynamoDbClient.forEndpoint(again.dynamoDbEndpoint())) {
            assertThat(again.notices()).isEmpty();
            assertThat(dynamoDb.scan(b -> b.tableName(CALLS)).count()).isEqualTo(6);
        }
    }

    @Test
    void anUnreadableOldFile_startsWithoutThoseCalls_saysWhereTheyAre_andTriesAgainNextTime() throws Exception {
        Path sandboxFolder = home.resolve("sandbox");
        Path old = EarlierTablesCopy.oldFile(sandboxFolder);
        Files.createDirectories(old.getParent());
        Files.writeString(old, "not a SQLite database");

        try (Sandbox sandbox = start(sandboxFolder); DynamoDbClient dynamoDb = SandboxDynamoDbClient.forEndpoint(sandbox.dynamoDbEndpoint())) {
            assertThat(sandbox.notices()).singleElement().asString()
                    .contains("Could not read the earlier sandbox's data", old.toString(), "kept as it was", "tried again at the next start");
            assertThat(dynamoDb.scan(b -> b.tableName(CALLS)).count()).isZero();
        }
        assertThat(Files.readString(old)).isEqualTo("not a SQLite database");
        try (Sandbox again = start(sandboxFolder)) {
            assertThat(again.notices()).singleElement().asString().contains("Could not read");
        }
    }

    @Test
    void theOldDownloadFolder_isNamedOnce_andLeftInPlace() throws Exception {
        Path download = home.resolve("dynamodb-local");
        Files.createDirectories(download.resolve("2.6.1"));
        Files.writeString(download.resolve("licence-accepted.properties"), "2.6.1=2026-11-01T10:00:00Z\n");
        Files.write(download.resolve("2.6.1").resolve("server.jar"), new byte[1_500_000]);
        Path sandboxFolder = home.resolve("sandbox");

        try (Sandbox sandbox = start(sandboxFolder)) {
            assertThat(sandbox.notices()).singleElement().asString()
                    .contains(download.toString(), "1.5 MB", "no longer uses it", "delete that folder");
        }
        try (Sandbox again = start(sandboxFolder)) {
            assertThat(again.notices()).isEmpty();
        }
        assertThat(download.resolve("2.6.1").resolve("server.jar")).exists();
    }

    @Test
    void aFolderWithoutEarlierData_saysNothing() {
        try (Sandbox sandbox = start(home.resolve("sandbox"))) {
            assertThat(sandbox.notices()).isEmpty();
        }
    }

    private Sandbox start(Path sandboxFolder) {
        return Sandbox.start(SandboxOptions.persistedIn(sandboxFolder), DeployListener.NONE);
    }

    /** A sandbox folder as an earlier Switchboard left it: DynamoDB Local's file under dynamodb/. */
    private Path earlierFolder() throws IOException {
        Path sandboxFolder = home.resolve("sandbox");
        Path old = EarlierTablesCopy.oldFile(sandboxFolder);
        Files.createDirectories(old.getParent());
        try (InputStream fixture = getClass().getResourceAsStream("/dynamodb-local-data/dynamodb/shared-local-instance.db")) {
            Files.copy(fixture, old);
        }
        return sandboxFolder;
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
