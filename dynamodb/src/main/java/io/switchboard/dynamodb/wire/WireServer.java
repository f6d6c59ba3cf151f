package io.switchboard.dynamodb.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.operations.Call;
import io.switchboard.dynamodb.operations.Engine;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * DynamoDB's JSON 1.0 protocol on a loopback port: {@code POST /} with
 * {@code X-Amz-Target: DynamoDB_20120810.<Operation>}, answers with an {@code x-amz-crc32} of the
 * body (the SDK and CLI verify it) and errors as {@code {"__type": "...#Code", "message": "..."}}.
 * Signatures are not checked: the sandbox accepts any credentials, like the local engine it replaces.
 */
public final class WireServer implements AutoCloseable {
    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    private static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;
    private static final Pattern REGION = Pattern.compile("Credential=[^/]*/[^/]*/([^/]+)/");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoopbackHttpServer server;

    private WireServer(LoopbackHttpServer server) {
        this.server = server;
    }

    public static WireServer start(Engine engine) throws IOException {
        return new WireServer(LoopbackHttpServer.start(request -> handle(engine, request), MAX_REQUEST_BYTES));
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    private static LoopbackHttpServer.Response handle(Engine engine, LoopbackHttpServer.Request request) {
        if (!request.method().equals("POST")) {
            return response(200, "text/plain", "healthy: switchboard-dynamodb ".getBytes(StandardCharsets.UTF_8));
        }
        ObjectNode answer;
        int status = 200;
        try {
            answer = engine.handle(call(request));
        } catch (DynamoDbException e) {
            status = e.status();
            answer = error(e);
        } catch (RuntimeException e) {
            status = 500;
            answer = error(DynamoDbException.internal("Internal server error: " + e));
        }
        try {
            return response(status, CONTENT_TYPE, JSON.writeValueAsBytes(answer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Call call(LoopbackHttpServer.Request request) {
        String target = request.header("X-Amz-Target");
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            throw DynamoDbException.unknownOperation();
        }
        JsonNode body;
        try {
            body = request.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(request.body());
        } catch (IOException e) {
            throw DynamoDbException.serialization("Start of structure or map found where not expected");
        }
        if (body == null || !body.isObject()) {
            throw DynamoDbException.serialization("Start of structure or map found where not expected");
        }
        return new Call(target.substring(TARGET_PREFIX.length()), (ObjectNode) body, region(request.header("Authorization")));
    }

    /** The region the client signed for, so ARNs name it; any region reaches the same tables. */
    private static String region(String authorization) {
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

    private static LoopbackHttpServer.Response response(int status, String contentType, byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return new LoopbackHttpServer.Response(status, contentType,
                Map.of("x-amz-crc32", Long.toString(crc.getValue()), "x-amzn-RequestId", UUID.randomUUID().toString()), body);
    }

    @Override
    public void close() {
        server.close();
    }
}
