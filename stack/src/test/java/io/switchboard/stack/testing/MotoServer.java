package io.switchboard.stack.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * moto ({@code moto_server}, preinstalled in the machines' default python3): an AWS implementation
 * nobody on this team wrote, used as a second opinion on the wire. One server per test JVM, on a free
 * loopback port, started on first use and stopped when the JVM exits; tests call {@link #reset()}
 * before each test. When moto cannot be started the test is skipped and says why, or fails under
 * {@code CI=true}.
 */
public final class MotoServer {
    /** moto's default account: ARNs it hands out carry it. */
    public static final String ACCOUNT = "123456789012";
    public static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("moto", "moto"));
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private static MotoServer shared;
    private static String unavailable;

    private final Process process;
    private final URI endpoint;
    private final Path log;

    private MotoServer(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    /** The JVM's moto server, started on first call; skips the test (fails under CI=true) without moto. */
    public static MotoServer shared() {
        MotoServer server = startOnce();
        if (server == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("moto_server is required under CI=true (install moto[server] 5.2.1 in the default python3): " + unavailable);
            }
            assumeTrue(false, "moto_server not available, test skipped: " + unavailable);
        }
        return server;
    }

    private static synchronized MotoServer startOnce() {
        if (shared == null && unavailable == null) {
            try {
                shared = start();
                MotoServer started = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "moto-server-stop"));
            } catch (IOException | IllegalStateException e) {
                unavailable = e.getMessage();
            }
        }
        return shared;
    }

    private static MotoServer start() throws IOException {
        IOException lastFailure = null;
        for (List<String> command : List.of(List.of("moto_server"), List.of("python3", "-m", "moto.server"))) {
            int port = freePort();
            Path log = Files.createTempFile("moto-server", ".log");
            List<String> line = new java.util.ArrayList<>(command);
            line.addAll(List.of("-H", "127.0.0.1", "-p", String.valueOf(port)));
            Process process;
            try {
                process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException notOnPath) {
                lastFailure = new IOException(String.join(" ", command) + " cannot run: " + notOnPath.getMessage(), notOnPath);
                continue;
            }
            MotoServer server = new MotoServer(process, URI.create("http://127.0.0.1:" + port), log);
            if (server.awaitAnswer()) {
                return server;
            }
            String output = tail(log);
            server.stop();
            lastFailure = new IOException(String.join(" ", command) + " did not answer on port " + port + ": " + output
                    + (lastFailure == null ? "" : "; before that, " + lastFailure.getMessage()));
        }
        throw lastFailure;
    }

    private boolean awaitAnswer() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (post("/moto-api/reset", null) == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            sleep(100);
        }
        return false;
    }

    /** The endpoint every service answers on (SDK clients take it as endpointOverride). */
    public URI endpoint() {
        return endpoint;
    }

    /** Forgets every bucket, log group, instance and state machine (moto's {@code /moto-api/reset}). */
    public void reset() {
        expect200("/moto-api/reset", null);
    }

    /**
     * Makes Step Functions run definitions with moto's ASL interpreter (its {@code execute_state_machine}
     * mode, a port of LocalStack's) instead of answering every execution with a canned success.
     */
    public void interpretStateMachines() {
        try {
            int status = post("/moto-api/config", "{\"stepfunctions\": {\"execute_state_machine\": true}}");
            if (status != 200 && status != 201) {
                throw new IllegalStateException("moto refused its config: HTTP " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The end of moto's own output (its tracebacks), for a failure message. */
    public String logTail() {
        return tail(log);
    }

    private void expect200(String path, String body) {
        try {
            int status = post(path, body);
            if (status != 200) {
                throw new IllegalStateException("moto " + path + ": HTTP " + status + "; " + tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("moto " + path + " failed; " + tail(log), e);
        }
    }

    private int post(String path, String body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) endpoint.resolve(path).toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setConnectTimeout(1000);
        connection.setReadTimeout(10_000);
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        connection.getOutputStream().write(bytes);
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

    private static String tail(Path log) {
        try {
            String text = Files.readString(log).strip();
            return text.isEmpty() ? "(no output)" : text.substring(Math.max(0, text.length() - 600));
        } catch (IOException e) {
            return "(no output)";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for moto_server", e);
        }
    }
}
