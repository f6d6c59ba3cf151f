package io.switchboard.lambdas.testing;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** One in-memory DynamoDB Local server per test JVM, on a free loopback port. */
public final class DynamoDbLocal {
    private static DynamoDbLocal instance;

    private final DynamoDBProxyServer server;
    private final int port;

    private DynamoDbLocal() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = ServerRunner.createServerFromCommandLineArgs(new String[] {"-inMemory", "-disableTelemetry", "-port", Integer.toString(port)});
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    public static synchronized DynamoDbLocal shared() {
        if (instance == null) {
            try {
                instance = new DynamoDbLocal();
            } catch (Exception e) {
                throw new IllegalStateException("DynamoDB Local did not start", e);
            }
        }
        return instance;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
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

    private void stop() {
        try {
            server.stop();
        } catch (Exception ignored) {
            // JVM shutdown: nothing left to clean.
        }
    }

    /** A port nothing listens on, for "DynamoDB is down" tests. */
    public static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
