package io.switchboard.stack.sandbox.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Lambda's REST API (Invoke, GetFunction, GetFunctionConfiguration, ListFunctions, ListAliases,
 * GetAlias, ListVersionsByFunction) on a loopback port, so an unchanged
 * {@code LambdaClient} with {@code endpointOverride(server.endpoint())} reaches {@link SandboxFunctions}.
 */
public final class LambdaApiServer implements AutoCloseable {
    private static final String FUNCTIONS = "/2015-03-31/functions/";
    private static final String LIST_FUNCTIONS = "/2015-03-31/functions";
    private static final int MAX_SYNC_PAYLOAD = 6 * 1024 * 1024;
    private static final int MAX_LOG_TAIL = 4 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService workers;
    private final SandboxFunctions functions;

    private LambdaApiServer(HttpServer server, ExecutorService workers, SandboxFunctions functions) {
        this.server = server;
        this.workers = workers;
        this.functions = functions;
    }

    /** Starts on 127.0.0.1 and an ephemeral port. */
    public static LambdaApiServer start(SandboxFunctions functions) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "sandbox-lambda-api");
            thread.setDaemon(true);
            return thread;
        });
        LambdaApiServer api = new LambdaApiServer(server, workers, functions);
        server.createContext("/", api::handle);
        server.setExecutor(workers);
        server.start();
        return api;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String method = exchange.getRequestMethod();
            try {
                if (method.equals("GET") && path.equals(LIST_FUNCTIONS)) {
                    listFunctions(exchange, query);
                    return;
                }
                if (!path.startsWith(FUNCTIONS)) {
                    error(exchange, 404, "UnknownOperationException", "Unknown operation " + method + " " + path);
                    return;
                }
                String[] rest = path.substring(FUNCTIONS.length()).split("/", -1);
                String function = URLDecoder.decode(rest[0], StandardCharsets.UTF_8);
                if (method.equals("POST") && rest.length == 2 && rest[1].equals("invocations")) {
                    invoke(exchange, function, query.get("Qualifier"));
                } else if (method.equals("GET") && function.isEmpty()) {
                    listFunctions(exchange, query);
                } else if (method.equals("GET") && rest.length == 1) {
                    getFunction(exchange, function, query.get("Qualifier"));
                } else if (method.equals("GET") && rest.length == 2 && rest[1].equals("configuration")) {
                    String qualifier = query.get("Qualifier");
                    respondJson(exchange, FunctionConfigurations.configuration(functions.function(function), qualifier,
                            functions.resolveVersion(function, qualifier)));
                } else if (method.equals("GET") && rest.length == 2 && rest[1].equals("versions")) {
                    respondJson(exchange, FunctionAliases.listVersions(functions.function(function), marker(query), maxItems(query)));
                } else if (method.equals("GET") && rest.length == 2 && rest[1].equals("aliases")) {
                    respondJson(exchange, FunctionAliases.listAliases(functions.function(function), query.get("FunctionVersion"),
                            marker(query), maxItems(query)));
                } else if (method.equals("GET") && rest.length == 3 && rest[1].equals("aliases")) {
                    respondJson(exchange, FunctionAliases.getAlias(functions.function(function),
                            URLDecoder.decode(rest[2], StandardCharsets.UTF_8)));
                } else {
                    error(exchange, 404, "UnknownOperationException", "Unknown operation " + method + " " + path);
                }
            } catch (FunctionNotFoundException | FunctionAliases.AliasNotFoundException notFound) {
                error(exchange, 404, "ResourceNotFoundException", notFound.getMessage());
            } catch (IllegalArgumentException invalid) {
                error(exchange, 400, "InvalidParameterValueException", invalid.getMessage());
            } catch (RuntimeException bug) {
                error(exchange, 500, "ServiceException", "Sandbox Lambda failed: " + bug);
            }
        }
    }

    private void invoke(HttpExchange exchange, String function, String qualifier) throws IOException {
        byte[] body = readBody(exchange.getRequestBody());
        String type = header(exchange, "X-Amz-Invocation-Type", "RequestResponse");
        if (body.length > MAX_SYNC_PAYLOAD) {
            error(exchange, 413, "RequestTooLargeException", "Request must be smaller than " + MAX_SYNC_PAYLOAD
                    + " bytes for the InvokeFunction operation");
            return;
        }
        String payload = new String(body, StandardCharsets.UTF_8);
        if (!payload.isBlank() && !isJson(payload)) {
            error(exchange, 400, "InvalidRequestContentException", "Could not parse request body into json");
            return;
        }
        switch (type) {
            case "DryRun" -> {
                String version = functions.resolveVersion(function, qualifier);
                exchange.getResponseHeaders().add("X-Amz-Executed-Version", version);
                respond(exchange, 204, null);
            }
            case "Event" -> {
                functions.resolveVersion(function, qualifier);
                functions.invokeAsync(function, qualifier, payload);
                respond(exchange, 202, null);
            }
            case "RequestResponse" -> {
                InvocationResult result = functions.invoke(function, qualifier, payload);
                exchange.getResponseHeaders().add("X-Amz-Executed-Version", result.executedVersion());
                if (result.failed()) {
                    exchange.getResponseHeaders().add("X-Amz-Function-Error", result.functionError());
                }
                if ("Tail".equals(header(exchange, "X-Amz-Log-Type", "None"))) {
                    exchange.getResponseHeaders().add("X-Amz-Log-Result", logTail(result.logLines()));
                }
                respond(exchange, 200, result.payloadJson().getBytes(StandardCharsets.UTF_8));
            }
            default -> error(exchange, 400, "InvalidParameterValueException", "1 validation error detected: Value '" + type
                    + "' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]");
        }
    }

    private void getFunction(HttpExchange exchange, String function, String qualifier) throws IOException {
        String version = functions.resolveVersion(function, qualifier);
        respondJson(exchange, FunctionConfigurations.getFunction(functions.function(function), qualifier, version));
    }

    private void listFunctions(HttpExchange exchange, Map<String, String> query) throws IOException {
        respondJson(exchange, FunctionConfigurations.listFunctions(functions.functions(), marker(query), maxItems(query)));
    }

    private static int marker(Map<String, String> query) {
        try {
            return Integer.parseInt(query.getOrDefault("Marker", "0"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid Marker: " + query.get("Marker"));
        }
    }

    private static int maxItems(Map<String, String> query) {
        int max;
        try {
            max = Integer.parseInt(query.getOrDefault("MaxItems", "50"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MaxItems must be a number: " + query.get("MaxItems"));
        }
        if (max < 1 || max > 10_000) {
            throw new IllegalArgumentException("1 validation error detected: Value '" + max
                    + "' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 10000");
        }
        return max;
    }

    /** The last 4 KB of the invocation's log, base64, as Lambda's {@code X-Amz-Log-Result}. */
    private static String logTail(List<String> lines) {
        byte[] log = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        int from = Math.max(0, log.length - MAX_LOG_TAIL);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(log, from, log.length));
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        exchange.getResponseHeaders().add("x-amzn-ErrorType", type);
        Map<String, String> body = Map.of("Type", status >= 500 ? "Service" : "User", "message", message);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        respond(exchange, status, JSON.writeValueAsBytes(body));
    }

    private static void respondJson(HttpExchange exchange, Object body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        respond(exchange, 200, JSON.writeValueAsBytes(body));
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        if (body == null || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static boolean isJson(String payload) {
        try {
            JSON.readTree(payload);
            return true;
        } catch (JsonProcessingException notJson) {
            return false;
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static String header(HttpExchange exchange, String name, String fallback) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }
}
