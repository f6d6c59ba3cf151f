package io.switchboard.dynamodb.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.dynamodb.operations.Call;
import io.switchboard.dynamodb.operations.Engine;
import io.switchboard.dynamodb.storage.ItemStore;
import io.switchboard.dynamodb.wire.WireServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where the time of the Calls page's first page (latest 50 of N calls) goes, layer by layer, on one
 * in-memory engine: the engine alone (request object in, answer object out; then with JSON both
 * ways), the wire server asked over a kept-alive bare socket (one write, TCP_NODELAY), a plain
 * HttpURLConnection, and the real SDK client (UrlConnectionHttpClient, as the desktop and the
 * functions use) for the by-day Query and the days-marker GetItem. Layers take turns each round,
 * so load falls on all alike. A main, never a test (issue 12; docs/benchmarks/dynamodb.md):
 * {@code java -cp <dynamodb test class path> io.switchboard.dynamodb.benchmark.LatestFiftyLayers 100000 300}.
 */
public final class LatestFiftyLayers {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUERY = "{\"TableName\":\"calls\",\"IndexName\":\"by-day\",\"KeyConditionExpression\":\"#day = :day\","
            + "\"ExpressionAttributeNames\":{\"#day\":\"day\"},\"ExpressionAttributeValues\":{\":day\":{\"S\":\"%s\"}},"
            + "\"ScanIndexForward\":false,\"Limit\":50}";

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Engine engine = new Engine(ItemStore.inMemory());
        WireServer wire = WireServer.start(engine);
        String today = Instant.now().atZone(ZoneOffset.UTC).toLocalDate().toString();
        long loadStart = System.nanoTime();
        load(engine, size);
        System.out.printf("load %d items: %d ms%n", size, (System.nanoTime() - loadStart) / 1_000_000);
        String query = String.format(QUERY, today);
        ObjectNode request = (ObjectNode) JSON.readTree(query);
        URI endpoint = wire.endpoint();
        byte[] body = query.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: DynamoDB_20120810.Query\r\nContent-Type: application/x-amz-json-1.0\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] whole = new byte[head.length + body.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(body, 0, whole, head.length, body.length);
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort());
             DynamoDbClient client = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.EU_WEST_2)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox")))
                     .httpClient(UrlConnectionHttpClient.create()).build()) {
            socket.setTcpNoDelay(true);
            Map<String, Supplier<Object>> layers = new LinkedHashMap<>();
            layers.put("engine Query (in process)", () -> engine.handle(new Call("Query", request.deepCopy(), "eu-west-2")));
            layers.put("engine Query + JSON both ways", () -> {
                try {
                    return JSON.writeValueAsBytes(engine.handle(new Call("Query", (ObjectNode) JSON.readTree(query), "eu-west-2")));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            layers.put("wire Query, bare socket, one write", () -> exchange(socket, whole, null));
            layers.put("HttpURLConnection Query (fixed length)", () -> urlConnection(endpoint, query));
            layers.put("SDK Query Limit 50 (UrlConnectionHttpClient)", () -> client.query(b -> b.tableName("calls").indexName("by-day")
                    .keyConditionExpression("#day = :day").expressionAttributeNames(Map.of("#day", "day"))
                    .expressionAttributeValues(Map.of(":day", AttributeValue.fromS(today))).scanIndexForward(false).limit(50)).count());
            layers.put("SDK GetItem (the days marker)", () -> client.getItem(b -> b.tableName("calls")
                    .key(Map.of("contact_id", AttributeValue.fromS("days")))).hasItem());
            measure(layers, rounds);
        }
        wire.close();
        System.exit(0);
    }

    private static Object urlConnection(URI endpoint, String query) {
        try {
            java.net.HttpURLConnection connection = (java.net.HttpURLConnection) endpoint.toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("X-Amz-Target", "DynamoDB_20120810.Query");
            connection.setRequestProperty("Content-Type", "application/x-amz-json-1.0");
            byte[] body = query.getBytes(StandardCharsets.UTF_8);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            try (InputStream in = connection.getInputStream()) {
                return in.readAllBytes().length;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One request on a kept-alive socket; {@code second}, when given, is written after {@code first} (a split request). */
    private static Object exchange(Socket socket, byte[] first, byte[] second) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(first);
            out.flush();
            if (second != null) {
                out.write(second);
                out.flush();
            }
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.read());
            }
            int at = head.indexOf("Content-Length: ") + 16;
            int length = Integer.parseInt(head.substring(at, head.indexOf("\r\n", at)));
            return in.readNBytes(length).length;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each layer once per round, in turn, so that load on the machine falls on all of them alike. */
    private static void measure(Map<String, Supplier<Object>> layers, int rounds) {
        for (int i = 0; i < Math.max(30, rounds / 10); i++) {
            layers.values().forEach(Supplier::get);
        }
        Map<String, long[]> nanos = new LinkedHashMap<>();
        layers.keySet().forEach(name -> nanos.put(name, new long[rounds]));
        for (int i = 0; i < rounds; i++) {
            for (Map.Entry<String, Supplier<Object>> layer : layers.entrySet()) {
                long start = System.nanoTime();
                layer.getValue().get();
                nanos.get(layer.getKey())[i] = System.nanoTime() - start;
            }
        }
        nanos.forEach((name, times) -> {
            Arrays.sort(times);
            System.out.printf("%-46s p50 %8.3f ms  p99 %8.3f ms%n", name, times[rounds / 2] / 1e6, times[(int) (rounds * 0.99)] / 1e6);
        });
    }

    private static void load(Engine engine, int size) throws Exception {
        engine.handle(new Call("CreateTable", (ObjectNode) JSON.readTree("{\"TableName\":\"calls\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"contact_id\",\"AttributeType\":\"S\"},{\"AttributeName\":\"day\",\"AttributeType\":\"S\"},"
                + "{\"AttributeName\":\"called_at\",\"AttributeType\":\"S\"},{\"AttributeName\":\"caller\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"contact_id\",\"KeyType\":\"HASH\"}],\"GlobalSecondaryIndexes\":["
                + "{\"IndexName\":\"by-day\",\"KeySchema\":[{\"AttributeName\":\"day\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"called_at\",\"KeyType\":\"RANGE\"}],\"Projection\":{\"ProjectionType\":\"ALL\"}},"
                + "{\"IndexName\":\"by-caller\",\"KeySchema\":[{\"AttributeName\":\"caller\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"called_at\",\"KeyType\":\"RANGE\"}],\"Projection\":{\"ProjectionType\":\"ALL\"}}]}"),
                "eu-west-2"));
        Random random = new Random(size);
        Instant now = Instant.now();
        long span = 30L * 24 * 3600 * 1000;
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Instant at = now.minusMillis((long) (random.nextDouble() * span));
            String id = UUID.randomUUID().toString();
            batch.add("{\"PutRequest\":{\"Item\":{\"contact_id\":{\"S\":\"" + id + "\"},\"caller\":{\"S\":\"+1800" + (1_000_000 + random.nextInt(9_000_000))
                    + "\"},\"day\":{\"S\":\"" + at.atZone(ZoneOffset.UTC).toLocalDate() + "\"},\"called_at\":{\"S\":\"" + at + "#" + id
                    + "\"},\"vanity\":{\"L\":[{\"S\":\"1-800-FLOWERS\"},{\"S\":\"1-800-GOT-JUNK\"},{\"S\":\"1-800-CALL-NOW\"}]},"
                    + "\"status\":{\"S\":\"OK\"},\"expires_at\":{\"N\":\"" + (at.getEpochSecond() + 90L * 86400) + "\"}}}}");
            if (batch.size() == 25 || i == size - 1) {
                engine.handle(new Call("BatchWriteItem", (ObjectNode) JSON.readTree("{\"RequestItems\":{\"calls\":[" + String.join(",", batch) + "]}}"), "eu-west-2"));
                batch.clear();
            }
        }
        engine.handle(new Call("PutItem", (ObjectNode) JSON.readTree("{\"TableName\":\"calls\",\"Item\":{\"contact_id\":{\"S\":\"days\"},\"days\":{\"SS\":[\"x\"]}}}"), "eu-west-2"));
    }
}
