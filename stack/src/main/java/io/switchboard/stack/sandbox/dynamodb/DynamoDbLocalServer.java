package io.switchboard.stack.sandbox.dynamodb;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB Local on a free loopback port, in memory (tests) or persisted in a folder (the
 * sandbox), with one shared database whatever region or credentials a client uses. DynamoDB Local is AWS's separately licensed component: it is only ever started from the
 * user's own classpath, never bundled (see DESIGN.md).
 */
public final class DynamoDbLocalServer implements AutoCloseable {
    private final Path dbPath;
    private DynamoDBProxyServer server;
    private int port;

    private DynamoDbLocalServer(Path dbPath) {
        this.dbPath = dbPath;
    }

    public static DynamoDbLocalServer inMemory() {
        return new DynamoDbLocalServer(null);
    }

    /** Tables survive restarts in {@code folder}. */
    public static DynamoDbLocalServer persistedIn(Path folder) {
        return new DynamoDbLocalServer(folder);
    }

    public synchronized DynamoDbLocalServer start() {
        if (server != null) {
            return this;
        }
        port = freePort();
        List<String> args = new ArrayList<>(List.of("-port", String.valueOf(port), "-disableTelemetry", "-sharedDb"));
        if (dbPath == null) {
            args.add("-inMemory");
        } else {
            createFolder(dbPath);
            args.addAll(List.of("-dbPath", dbPath.toAbsolutePath().toString()));
        }
        try {
            server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
            server.start();
        } catch (Exception e) {
            server = null;
            throw new IllegalStateException("DynamoDB Local did not start on port " + port + ": " + e.getMessage(), e);
        }
        return this;
    }

    public synchronized URI endpoint() {
        if (server == null) {
            throw new IllegalStateException("DynamoDB Local is not running");
        }
        return URI.create("http://127.0.0.1:" + port);
    }

    /** A client for this server; DynamoDB Local accepts any region and static credentials. */
    public DynamoDbClient newClient() {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                throw new IllegalStateException("DynamoDB Local did not stop cleanly", e);
            } finally {
                server = null;
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }
}
