package io.switchboard.dynamodb.conformance;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * moto ({@code moto_server}, preinstalled in the machines' default python3), a DynamoDB nobody on this
 * team wrote, as the second opinion of the differential suite: one server per test JVM on a free
 * loopback port, started on first use, stopped when the JVM exits. Without moto the test is skipped
 * and says why, or fails under {@code CI=true}. (The stack module's {@code MotoServer} does the same
 * for its tests; this module cannot depend on stack.)
 */
final class MotoDynamoDb {
    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static MotoDynamoDb shared;
    private static String unavailable;

    private final Process process;
    private final URI endpoint;
    private final Path log;

    private MotoDynamoDb(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    /** The JVM's moto server; skips the test (fails under CI=true) when moto cannot start. */
    static MotoDynamoDb shared() {
        MotoDynamoDb server = startOnce();
        if (server == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("moto_server is required under CI=true (moto[server] 5.2.1 in the default python3): " + unavailable);
            }
            assumeTrue(false, "moto_server not available, differential suite skipped: " + unavailable);
        }
        return server;
    }

    private static synchronized MotoDynamoDb startOnce() {
        if (shared == null && unavailable == null) {
            try {
                shared = start();
                MotoDynamoDb started = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "moto-dynamodb-stop"));
            } catch (IOException e) {
                unavailable = e.getMessage();
            }
        }
        return shared;
    }

    private static MotoDynamoDb start() throws IOException {
        List<String> failures = new ArrayList<>();
        for (List<String> command : List.of(List.of("moto_server"), List.of("python3", "-m", "moto.server"))) {
            int port = freePort();
            Path log = Files.createTempFile("moto-dynamodb", ".log");
            List<String> line = new ArrayList<>(command);
            line.addAll(List.of("-H", "127.0.0.1", "-p", String.valueOf(port)));
            Process process;
            try {
                process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException notOnPath) {
                failures.add(String.join(" ", command) + " cannot run: " + notOnPath.getMessage());
                Files.deleteIfExists(log);
                continue;
            }
            MotoDynamoDb server = new MotoDynamoDb(process, URI.create("http://127.0.0.1:" + port), log);
            if (server.awaitAnswer()) {
                return server;
            }
            failures.add(String.join(" ", command) + " did not answer on port " + port + ": " + server.logTail());
            server.stop();
        }
        throw new IOException(String.join("; ", failures));
    }

    URI endpoint() {
        return endpoint;
    }

    /** Forgets every table ({@code /moto-api/reset}). */
    void reset() {
        try {
            int status = post("/moto-api/reset");
            if (status != 200) {
                throw new IllegalStateException("moto reset: HTTP " + status + "; " + logTail());
            }
        } catch (IOException e) {
            throw new IllegalStateException("moto reset failed; " + logTail(), e);
        }
    }

    String logTail() {
        try {
            String text = Files.readString(log).strip();
            return text.isEmpty() ? "(no output)" : text.substring(Math.max(0, text.length() - 600));
        } catch (IOException e) {
            return "(no output)";
        }
    }

    private boolean awaitAnswer() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (post("/moto-api/reset") == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private int post(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) endpoint.resolve(path).toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setConnectTimeout(1000);
        connection.setReadTimeout(10_000);
        connection.setDoOutput(true);
        connection.getOutputStream().close();
        int status = connection.getResponseCode();
        (status < 400 ? connection.getInputStream() : connection.getErrorStream()).readAllBytes();
        connection.disconnect();
        return status;
    }

    private void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temp file: the OS cleans it
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
