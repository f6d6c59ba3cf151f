package io.switchboard.stack.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.switchboard.stack.sandbox.dynamodb.MavenArtifact;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback Maven repository in Maven Central's layout ({@code /maven2/group/path/artifact/version/file}),
 * serving the real files of the local Maven repository the build resolved into. Records each path
 * asked for; can be told to serve other bytes for a path (a tampered mirror).
 */
public final class MavenRepositoryStub implements AutoCloseable {
    private static final String PREFIX = "/maven2/";
    private final Path root;
    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> replaced = new ConcurrentHashMap<>();

    public MavenRepositoryStub(Path root) {
        this.root = root;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PREFIX, this::serve);
        server.start();
    }

    /** Serves the local Maven repository the tests' own dependencies came from. */
    public static MavenRepositoryStub ofLocalRepository() {
        return new MavenRepositoryStub(localRepository());
    }

    /**
     * The local Maven repository: {@code switchboard.localRepository} (the build passes Maven's own), else
     * found from where DynamoDB Local's jar was loaded (an IDE run). Not from the class path alone under
     * Maven: a reactor's thin jars pull in {@code target/lib} copies through their manifest Class-Path.
     */
    public static Path localRepository() {
        String configured = System.getProperty("switchboard.localRepository");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String runner = "com/amazonaws/services/dynamodbv2/local/main/ServerRunner.class";
        URL url = MavenRepositoryStub.class.getClassLoader().getResource(runner);
        if (url == null || !url.getProtocol().equals("jar")) {
            throw new IllegalStateException("DynamoDB Local is not on the test class path as a jar: " + url);
        }
        String jarUri = url.toString().substring("jar:".length(), url.toString().indexOf("!/"));
        try {
            Path jar = Path.of(new URI(jarUri));
            return jar.getParent().getParent().getParent().getParent().getParent(); // com/amazonaws/DynamoDBLocal/2.6.1/x.jar
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An artifact as the build would record it: its hash and size read from the local repository. */
    public static MavenArtifact artifact(String groupId, String artifactId, String extension, String version) {
        MavenArtifact unhashed = new MavenArtifact(groupId, artifactId, extension, "", version, "0".repeat(64), 0);
        Path file = localRepository().resolve(unhashed.repositoryPath());
        try {
            byte[] bytes = Files.readAllBytes(file);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new MavenArtifact(groupId, artifactId, extension, "", version, sha, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("not in the local repository: " + file, e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PREFIX);
    }

    /** Serves {@code bytes} for this artifact instead of the real file. */
    public void replace(MavenArtifact artifact, byte[] bytes) {
        replaced.put(artifact.repositoryPath(), bytes);
    }

    /** Repository paths asked for, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void clearRequests() {
        requests.clear();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            requests.add(path);
            byte[] swapped = replaced.get(path);
            Path file = root.resolve(path).normalize();
            if (!exchange.getRequestMethod().equals("GET") || (swapped == null && (!file.startsWith(root) || !Files.isRegularFile(file)))) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            long length = swapped != null ? swapped.length : Files.size(file);
            exchange.getResponseHeaders().set("Content-Type", "application/java-archive");
            exchange.sendResponseHeaders(200, length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (swapped != null) {
                    out.write(swapped);
                } else {
                    try (InputStream in = Files.newInputStream(file)) {
                        in.transferTo(out);
                    }
                }
            } catch (IOException clientWentAway) {
                // a cancelled download closes the connection mid-file
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
