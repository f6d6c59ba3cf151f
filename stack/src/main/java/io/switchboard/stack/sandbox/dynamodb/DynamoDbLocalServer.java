package io.switchboard.stack.sandbox.dynamodb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
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
 * sandbox), with one shared database whatever region or credentials a client uses. DynamoDB Local is
 * AWS's separately licensed component, never bundled (see DESIGN.md): it is started through its
 * {@code ServerRunner}, looked up in the class loader {@link DynamoDbLocalSetup} chooses — the user's
 * own class path from source, the jars a packaged app downloaded after the licence was accepted.
 */
public final class DynamoDbLocalServer implements AutoCloseable {
    private final Path dbPath;
    private final ClassLoader engine;
    private Object server;
    private int port;

    private DynamoDbLocalServer(Path dbPath, ClassLoader engine) {
        this.dbPath = dbPath;
        this.engine = engine;
    }

    public static DynamoDbLocalServer inMemory() {
        return new DynamoDbLocalServer(null, null);
    }

    /** Tables survive restarts in {@code folder}. */
    public static DynamoDbLocalServer persistedIn(Path folder) {
        return new DynamoDbLocalServer(folder, null);
    }

    /** The same server, started from DynamoDB Local's classes in {@code loader} rather than the standard setup's. */
    public DynamoDbLocalServer loadedFrom(ClassLoader loader) {
        return new DynamoDbLocalServer(dbPath, loader);
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
        // DynamoDB Local prints its configuration banner on stdout; commands like `sandbox serve` own
        // stdout (name=value lines), so the banner goes to stderr.
        ClassLoader loader = engine != null ? engine : DynamoDbLocalSetup.standard().classLoader();
        java.io.PrintStream stdout = System.out;
        System.setOut(System.err);
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(loader); // its logging and Jetty threads look up classes through it
        try {
            Class<?> runner = Class.forName(DynamoDbLocalSetup.SERVER_RUNNER, true, loader);
            server = runner.getMethod("createServerFromCommandLineArgs", String[].class).invoke(null, (Object) args.toArray(String[]::new));
            server.getClass().getMethod("start").invoke(server);
        } catch (ReflectiveOperationException e) {
            server = null;
            Throwable cause = e instanceof InvocationTargetException invocation ? invocation.getCause() : e;
            throw new IllegalStateException("DynamoDB Local did not start on port " + port + ": " + cause.getMessage(), cause);
        } finally {
            thread.setContextClassLoader(context);
            System.setOut(stdout);
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
                server.getClass().getMethod("stop").invoke(server);
            } catch (ReflectiveOperationException e) {
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
