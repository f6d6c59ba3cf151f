package io.switchboard.lambdas.testing;

import io.switchboard.dynamodb.DynamoDbServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** One in-memory Switchboard DynamoDB engine per test JVM, on a free loopback port. */
public final class TestDynamoDb {
    private static TestDynamoDb instance;

    private final DynamoDbServer server;

    private TestDynamoDb() {
        server = DynamoDbServer.inMemory().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }

    public static synchronized TestDynamoDb shared() {
        if (instance == null) {
            instance = new TestDynamoDb();
        }
        return instance;
    }

    public URI endpoint() {
        return server.endpoint();
    }

    /** The environment a handler would get in the sandbox, pointing at this server. */
    public Map<String, String> environment(Map<String, String> extra) {
        var env = new java.util.HashMap<>(extra);
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "sandbox");
        env.put("AWS_SECRET_ACCESS_KEY", "sandbox");
        env.put("AWS_ENDPOINT_URL_DYNAMODB", endpoint().toString());
        return env;
    }

    public DynamoDbClient client() {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** A port nothing listens on, for "DynamoDB is down" tests. */
    public static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
