package io.switchboard.dynamodb.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.operations.Call;
import io.switchboard.dynamodb.operations.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * DynamoDB's JSON 1.0 protocol on a loopback port: {@code POST /} with
 * {@code X-Amz-Target: DynamoDB_20120810.<Operation>}, answers with an {@code x-amz-crc32} of the
 * body (the SDK and CLI verify it) and errors as {@code {"__type": "...#Code", "message": "..."}}.
 * Signatures are not checked: the sandbox accepts any credentials, like DynamoDB Local did.
 */
public final class WireServer implements AutoCloseable {
    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    private static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;
    private static final Pattern REGION = Pattern.compile("Credential=[^/]*/[^/]*/([^/]+)/");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService workers;
    private final Engine engine;

    private WireServer(HttpServer server, ExecutorService workers, Engine engine) {
        this.server = server;
        this.workers = workers;
        this.engine = engine;
    }

    public static WireServer start(Engine engine) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        ExecutorService workers = Executors.newFixedThreadPool(32, task -> {
            Thread thread = new Thread(task, "switchboard-dynamodb");
            thread.setDaemon(true);
            return thread;
        });
        WireServer wire = new WireServer(server, workers, engine);
        server.createContext("/", wire::handle);
        server.setExecutor(workers);
        server.start();
        return wire;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                respond(exchange, 200, "text/plain", "healthy: switchboard-dynamodb ".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body;
            ObjectNode answer;
            int status = 200;
            try {
                answer = engine.handle(call(exchange));
            } catch (DynamoDbException e) {
                status = e.status();
                answer = error(e);
            } catch (RuntimeException e) {
                status = 500;
                answer = error(DynamoDbException.internal("Internal server error: " + e));
            }
            body = JSON.writeValueAsBytes(answer);
            respond(exchange, status, CONTENT_TYPE, body);
        }
    }

    private static Call call(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            throw DynamoDbException.unknownOperation();
        }
        byte[] bytes = read(exchange.getRequestBody());
        JsonNode request;
        try {
            request = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw DynamoDbException.serialization("Start of structure or map found where not expected");
        }
        if (request == null || !request.isObject()) {
            throw DynamoDbException.serialization("Start of structure or map found where not expected");
        }
        return new Call(target.substring(TARGET_PREFIX.length()), (ObjectNode) request, region(exchange));
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_REQUEST_BYTES + 1);
        if (bytes.length > MAX_REQUEST_BYTES) {
            throw DynamoDbException.validation("Request size exceeded " + MAX_REQUEST_BYTES + " bytes");
        }
        return bytes;
    }

    /** The region the client signed for, so ARNs name it; any region reaches the same tables. */
    private static String region(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            Matcher matcher = REGION.matcher(authorization);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return "us-east-1";
    }

    private static ObjectNode error(DynamoDbException e) {
        ObjectNode node = JSON.createObjectNode();
        boolean coral = e.type().equals("UnknownOperationException") || e.type().equals("SerializationException");
        node.put("__type", (coral ? "com.amazon.coral.service#" : "com.amazonaws.dynamodb.v20120810#") + e.type());
        if (e.getMessage() != null) {
            node.put("message", e.getMessage());
        }
        if (e.extra() != null) {
            node.setAll(e.extra());
        }
        return node;
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(body);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("x-amz-crc32", Long.toString(crc.getValue()));
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
