package io.switchboard.stack.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**

 * Shared by the stack and desktop wire tests (the desktop uses the stack test-jar).
 * A loopback HTTP server that answers like an AWS service from a script: for each request key
 * (the Query protocol's {@code Action}, or S3's method, path and sub-resource) a queue of replies;
 * the last reply of a queue repeats. Every request is recorded for assertions.
 */
public final class LoopbackAwsStub implements AutoCloseable {

    /** @param headers request headers, names in lower case (first value of each) */
    public record Request(String method, String path, String query, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The form parameters of a Query-protocol POST. */
        public Map<String, String> form() {
            Map<String, String> form = new LinkedHashMap<>();
            if (body.length == 0) {
                return form;
            }
            for (String pair : text().split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
            }
            return form;
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        private static String decode(String s) {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        }
    }

    public record Reply(int status, String body, Map<String, String> headers) {
        public static Reply xml(String body) {
            return new Reply(200, body, Map.of("Content-Type", "text/xml"));
        }

        public static Reply xml(int status, String body) {
            return new Reply(status, body, Map.of("Content-Type", "text/xml"));
        }

        public static Reply empty(int status) {
            return new Reply(status, "", Map.of());
        }

        /** An AWS JSON 1.1 answer (CloudWatch Logs and other {@code X-Amz-Target} services). */
        public static Reply amzJson(int status, String body) {
            return new Reply(status, body, Map.of("Content-Type", "application/x-amz-json-1.1"));
        }
    }

    /** Query protocol: the form's Action. */
    public static final Function<Request, String> BY_ACTION = r -> r.form().getOrDefault("Action", "?");

    /** REST: "PUT /bucket?versioning" — method, path and sub-resource names (the SDK's x-id left out). */
    public static final Function<Request, String> BY_METHOD_AND_PATH = r -> {
        String subresources = r.query() == null ? "" : Arrays.stream(r.query().split("&"))
                .map(p -> p.split("=", 2)[0])
                .filter(name -> !name.equals("x-id"))
                .collect(Collectors.joining("&"));
        return r.method() + " " + r.path() + (subresources.isEmpty() ? "" : "?" + subresources);
    };

    /** AWS JSON protocols: the {@code X-Amz-Target} header, e.g. "Logs_20140328.FilterLogEvents". */
    public static final Function<Request, String> BY_TARGET = r -> {
        String target = r.header("X-Amz-Target");
        return target == null ? "?" : target;
    };

    /** REST without the query: "GET /instance" whatever the paging parameters (Connect). */
    public static final Function<Request, String> BY_METHOD_AND_PATH_ONLY = r -> r.method() + " " + r.path();

    /**
     * Several services on one port: an AWS JSON target (CloudWatch Logs), a Query-protocol Action
     * (CloudFormation, STS), Connect's method and path, else S3's method, path and sub-resource.
     */
    public static final Function<Request, String> BY_ACTION_OR_PATH = r -> {
        if (r.header("X-Amz-Target") != null) {
            return r.header("X-Amz-Target");
        }
        String action = r.method().equals("POST") ? r.form().get("Action") : null;
        if (action != null) {
            return action;
        }
        return r.path().startsWith("/instance") ? BY_METHOD_AND_PATH_ONLY.apply(r) : BY_METHOD_AND_PATH.apply(r);
    };

    private final HttpServer server;
    private final Function<Request, String> keyOf;
    private final Map<String, Deque<Reply>> script = new HashMap<>();
    private final List<Request> received = new ArrayList<>();

    public LoopbackAwsStub(Function<Request, String> keyOf) throws IOException {
        this.keyOf = keyOf;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues replies for a key; the last one answers every later request too. */
    public synchronized LoopbackAwsStub on(String key, Reply... replies) {
        script.computeIfAbsent(key, k -> new ArrayDeque<>()).addAll(List.of(replies));
        return this;
    }

    public synchronized List<Request> received() {
        return List.copyOf(received);
    }

    /** Requests with this key, in the order they came. */
    public synchronized List<Request> received(String key) {
        return received.stream().filter(r -> keyOf.apply(r).equals(key)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
                values.isEmpty() ? "" : values.get(0)));
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), Map.copyOf(headers), body);
        Reply reply = replyFor(request);
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("x-amzn-RequestId", "stub-request");
        byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
        boolean noBody = out.length == 0 || request.method().equals("HEAD");
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : out.length);
        if (!noBody) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        }
        exchange.close();
    }

    private synchronized Reply replyFor(Request request) {
        received.add(request);
        String key = keyOf.apply(request);
        Deque<Reply> replies = script.get(key);
        if (replies == null || replies.isEmpty()) {
            return Reply.xml(500, "<Error><Code>NotScripted</Code><Message>no reply scripted for " + key
                    + "</Message></Error>");
        }
        return replies.size() > 1 ? replies.poll() : replies.peek();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
