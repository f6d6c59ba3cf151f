package io.switchboard.stack.sandbox.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.switchboard.stack.sandbox.asl.AslJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/** The AWS JSON 1.0 wire protocol on a loopback port: {@code POST /} with {@code X-Amz-Target}. */
final class StepFunctionsHttpServer implements AutoCloseable {
    private static final String TARGET_PREFIX = "AWSStepFunctions.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private final StepFunctionsApi api;
    private final HttpServer server;
    private final Map<String, LongAdder> requestCounts = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "sfn-http");
        thread.setDaemon(true);
        return thread;
    });

    StepFunctionsHttpServer(StepFunctionsApi api, int port) {
        this.api = api;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(workers);
    }

    void start() {
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Requests received so far by operation ({@code StartExecution}, {@code DescribeExecution}, …), including failed ones. */
    Map<String, Long> requestCounts() {
        Map<String, Long> counts = new TreeMap<>();
        requestCounts.forEach((operation, count) -> counts.put(operation, count.sum()));
        return counts;
    }

    void resetRequestCounts() {
        requestCounts.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        try (exchange) {
            byte[] body;
            int status;
            try {
                String operation = operation(exchange);
                requestCounts.computeIfAbsent(operation, o -> new LongAdder()).increment();
                ObjectNode response = api.call(operation, request(exchange));
                body = AslJson.write(response).getBytes(StandardCharsets.UTF_8);
                status = 200;
            } catch (SfnException e) {
                body = error(e.code(), e.getMessage());
                status = 400;
            } catch (RuntimeException e) {
                body = error("InternalFailure", String.valueOf(e));
                status = 500;
            }
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String operation(HttpExchange exchange) {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (!"POST".equals(exchange.getRequestMethod()) || target == null || !target.startsWith(TARGET_PREFIX)) {
            throw new SfnException("UnknownOperationException", "Expected POST / with X-Amz-Target: AWSStepFunctions.<Operation>");
        }
        return target.substring(TARGET_PREFIX.length());
    }

    private static JsonNode request(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonNode request = text.isBlank() ? AslJson.object() : AslJson.parse(text);
            if (!request.isObject()) {
                throw new SfnException("SerializationException", "The request body must be a JSON object");
            }
            return request;
        } catch (IllegalArgumentException e) {
            throw new SfnException("SerializationException", "The request body is " + e.getMessage());
        }
    }

    private static byte[] error(String code, String message) {
        ObjectNode node = AslJson.object();
        node.put("__type", code);
        node.put("message", message);
        return AslJson.write(node).getBytes(StandardCharsets.UTF_8);
    }
}
