package io.switchboard.dynamodb;

import static io.switchboard.dynamodb.EngineClient.n;
import static io.switchboard.dynamodb.EngineClient.s;

import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: writes items into a persisted engine, then halts
 * the JVM without closing anything, as a killed process would.
 */
public final class CrashingWriter {
    private CrashingWriter() {
    }

    public static void main(String[] args) {
        DynamoDbServer server = DynamoDbServer.persistedIn(Path.of(args[0])).start();
        DynamoDbClient client = EngineClient.against(server.endpoint());
        Tables.hashOnly(client, "calls", "id", ScalarAttributeType.S);
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            int id = i;
            client.putItem(request -> request.tableName("calls").item(Map.of("id", s("call-" + id), "n", n(String.valueOf(id)))));
        }
        System.out.println("acknowledged " + count);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
