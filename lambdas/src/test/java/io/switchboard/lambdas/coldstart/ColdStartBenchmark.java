package io.switchboard.lambdas.coldstart;

import io.switchboard.lambdas.testing.CallLogTables;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The Lambda cold-start benchmark (docs/benchmarks/cold-start.md): a plain main, never part of
 * {@code verify}. For each Lambda jar given ({@code LABEL=PATH}), in alternating order each round,
 * starts a fresh JVM on that jar alone (plus {@link ColdStartProbe}) with Lambda's JVM flags, which
 * constructs the vanity handler by class name and answers one call that it records in a DynamoDB table
 * served by moto on loopback. Reports per jar: spawn → answer (what Connect waits for on a cold
 * start), the handler's init, its first invocation, and how many of the calls reached the table.
 */
public final class ColdStartBenchmark {
    private static final String HANDLER = "io.switchboard.lambdas.vanity.VanityHandler";
    /** What the Lambda Java runtimes start the JVM with (C1 only, for start-up) and a 1 GB function's heap. */
    private static final List<String> LAMBDA_JVM_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xmx800m");

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("coldstart.rounds", 7);
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.isBlank()) {
                int eq = arg.indexOf('=');
                jars.put(eq < 0 ? Path.of(arg).getFileName().toString() : arg.substring(0, eq),
                        Path.of(eq < 0 ? arg : arg.substring(eq + 1)));
            }
        }
        String probeClasses = Path.of(ColdStartProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        int port = freePort();
        Process moto = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            awaitPort(port);
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            String table;
            try (DynamoDbClient dynamoDb = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                    .httpClient(UrlConnectionHttpClient.create())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("moto", "moto"))).build()) {
                table = CallLogTables.createFresh(dynamoDb);
                Map<String, List<Run>> runs = new LinkedHashMap<>();
                jars.keySet().forEach(label -> runs.put(label, new ArrayList<>()));
                List<String> labels = new ArrayList<>(jars.keySet());
                for (int round = 0; round < rounds; round++) {
                    for (int i = 0; i < labels.size(); i++) {
                        String label = labels.get((round + i) % labels.size());
                        runs.get(label).add(coldStart(jars.get(label), probeClasses, endpoint, table));
                    }
                }
                System.out.printf(Locale.ROOT, "Lambda cold start, %d fresh JVMs per jar (%s), %s on moto at %s%n",
                        rounds, String.join(" ", LAMBDA_JVM_FLAGS), HANDLER, endpoint);
                System.out.println("| jar | size (bytes) | spawn → answer p50 (min–max) | init p50 | first invoke p50 (min–max) | calls recorded |");
                System.out.println("|---|---|---|---|---|---|");
                for (var entry : runs.entrySet()) {
                    List<Run> list = entry.getValue();
                    long recorded = list.stream().filter(r -> isRecorded(dynamoDb, table, r.contactId())).count();
                    System.out.printf(Locale.ROOT, "| %s | %,d | %s | %.0f ms | %s | %d/%d |%n", entry.getKey(),
                            Files.size(jars.get(entry.getKey())), spread(list, Run::totalMs), p50(list, Run::initMs),
                            spread(list, Run::invokeMs), recorded, list.size());
                }
            }
        } finally {
            moto.descendants().forEach(ProcessHandle::destroy);
            moto.destroy();
        }
    }

    private static Run coldStart(Path jar, String probeClasses, URI endpoint, String table) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAMBDA_JVM_FLAGS);
        command.addAll(List.of("-cp", jar + File.pathSeparator + probeClasses, ColdStartProbe.class.getName(), HANDLER, "+18003569377"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_") || name.equals("JAVA_TOOL_OPTIONS"));
        environment.putAll(Map.of("CALLS_TABLE", table, "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "moto",
                "AWS_SECRET_ACCESS_KEY", "moto", "AWS_ENDPOINT_URL_DYNAMODB", endpoint.toString()));
        long spawned = System.nanoTime();
        Process process = builder.start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
            long answered = System.nanoTime();
            process.waitFor();
            if (line == null || !line.startsWith("init_ns=")) {
                throw new IllegalStateException("the probe on " + jar + " printed no answer (exit " + process.exitValue() + "): " + line);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Arrays.stream(line.split(" ")).map(f -> f.split("=", 2)).forEach(f -> fields.put(f[0], f[1]));
            if (!"OK".equals(fields.get("status"))) {
                throw new IllegalStateException("the handler on " + jar + " answered " + line);
            }
            return new Run((answered - spawned) / 1e6, Long.parseLong(fields.get("init_ns")) / 1e6,
                    Long.parseLong(fields.get("invoke_ns")) / 1e6, fields.get("contact"));
        }
    }

    private static boolean isRecorded(DynamoDbClient dynamoDb, String table, String contactId) {
        return dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("contact_id", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(contactId)))).hasItem();
    }

    private static String spread(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
        return String.format(Locale.ROOT, "%.0f ms (%.0f–%.0f)", sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }

    private static double p50(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("moto_server did not listen on port " + port + " within 30 s");
    }

    private record Run(double totalMs, double initMs, double invokeMs, String contactId) {
    }
}
