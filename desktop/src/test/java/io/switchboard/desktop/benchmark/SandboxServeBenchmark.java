package io.switchboard.desktop.benchmark;

import io.switchboard.desktop.aws.CallsGateway;
import io.switchboard.desktop.connect.EventTemplates;
import io.switchboard.lambdas.calllog.CallLogSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * The sandbox as a user runs it — {@code java -jar switchboard-desktop.jar sandbox serve --data DIR} in
 * its own JVM — measured from outside, whatever DynamoDB the build behind that jar has:
 * <ol>
 *   <li>boot to "ready" in a fresh data folder (from {@code ProcessBuilder.start()} to the line);</li>
 *   <li>the process's resident memory (VmRSS) after boot and after the load;</li>
 *   <li>1,000 concurrent vanity calls through the sandbox's Lambda API (every 10th sent twice, as after
 *       a Connect retry), then the call log read back: records lost and duplicated;</li>
 *   <li>boot to "ready" again on the same folder (the restart a user sees), and the 1,000 calls
 *       still there;</li>
 *   <li>the latest 50 of 100,000 calls ({@link CallsGateway#latest}, as the Calls view asks), p50/p99
 *       and the items DynamoDB read, on the same build's in-memory sandbox in a fresh JVM
 *       ({@link LatestOfHistory}), and that JVM's heap after it.</li>
 * </ol>
 * Several jars are run interleaved (A, B, A, B, …), each run in a fresh folder and a fresh JVM.
 * Usage: {@code SandboxServeBenchmark RUNS LABEL=JAR [LABEL=JAR …]}; run: docs/benchmarks/dynamodb.md.
 * Prints one line per run and a {@code RESULT} line (tab separated) for tables. No time is asserted.
 */
public final class SandboxServeBenchmark {
    private static final int CALLS = 1_000;
    private static final int RETRY_EVERY = 10;
    private static final int CALLERS_THREADS = 100;
    /** Calls in the history table ({@code -Dbenchmark.sandbox.history}); loading them dominates a run on DynamoDB Local. */
    private static final int HISTORY = Integer.getInteger("benchmark.sandbox.history", 100_000);
    /** Runs (of each jar) that include the history step ({@code -Dbenchmark.sandbox.historyRuns}); later runs leave it out. */
    private static final int HISTORY_RUNS = Integer.getInteger("benchmark.sandbox.historyRuns", Integer.MAX_VALUE);
    private static final int WARMUP = 30;
    private static final int MEASURED = 300;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SandboxServeBenchmark RUNS LABEL=JAR [LABEL=JAR ...]");
            System.exit(2);
        }
        int runs = Integer.parseInt(args[0]);
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            String[] parts = arg.split("=", 2);
            if (parts.length < 2 || parts[1].isBlank()) {
                continue; // an unset optional jar (the Maven profile passes an empty one)
            }
            Path jar = Path.of(parts[1]).toAbsolutePath();
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("no jar at " + jar);
            }
            jars.put(parts[0], jar);
        }
        System.out.printf("sandbox serve benchmark: %d runs of each of %s, interleaved, %d CPUs, java %s%n",
                runs, jars.keySet(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println("RESULT\tlabel\trun\tboot_ms\trss_boot_mb\tcalls_ms\tcall_p50_ms\tcall_p99_ms\tanswered\tfailed\trecords\tlost\tduplicated"
                + "\trss_load_mb\trestart_ms\trecords_after_restart\tload100k_ms\tlatest_p50_ms\tlatest_p99_ms\titems_read\theap_100k_mb");
        for (int run = 1; run <= runs; run++) {
            for (Map.Entry<String, Path> jar : jars.entrySet()) {
                Map<String, String> figures = runOnce(jar.getValue(), run <= HISTORY_RUNS);
                System.out.println("RESULT\t" + jar.getKey() + "\t" + run + "\t" + String.join("\t", figures.values()));
                System.out.flush();
            }
        }
        System.exit(0);
    }

    private static Map<String, String> runOnce(Path jar, boolean history) throws Exception {
        Map<String, String> figures = new LinkedHashMap<>();
        Path data = Files.createTempDirectory("sandbox-benchmark");
        try {
            Served served = Served.start(jar, data);
            List<String> contactIds;
            try {
                figures.put("boot_ms", String.valueOf(served.bootMillis));
                figures.put("rss_boot_mb", mb(served.rssKb()));
                contactIds = vanityCalls(served, figures);
                figures.put("rss_load_mb", mb(served.rssKb()));
            } finally {
                served.stop();
            }
            Served again = Served.start(jar, data);
            try {
                figures.put("restart_ms", String.valueOf(again.bootMillis));
                figures.put("records_after_restart", String.valueOf(countRecords(again, contactIds).values().stream().filter(n -> n > 0).count()));
            } finally {
                again.stop();
            }
        } finally {
            deleteTree(data);
        }
        if (history) {
            latestOfHistory(jar, figures);
        } else {
            List.of("load100k_ms", "latest_p50_ms", "latest_p99_ms", "items_read", "heap_100k_mb").forEach(k -> figures.put(k, "-"));
        }
        System.out.println("  " + jar.getParent().getParent().getParent().getFileName() + ": " + figures);
        return figures;
    }

    /** 1,000 Connect-style calls at once through the Lambda API, then the call log read back. */
    private static List<String> vanityCalls(Served served, Map<String, String> figures) throws Exception {
        Random random = new Random(42);
        List<String> contactIds = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            String contactId = UUID.randomUUID().toString();
            String caller = "+1800" + (2_000_000 + random.nextInt(7_000_000));
            contactIds.add(contactId);
            String event = EventTemplates.vanityCall(contactId, caller);
            events.add(event);
            if (i % RETRY_EVERY == 0) {
                events.add(event); // Connect's retry of the same contact
            }
        }
        String function = served.outputs.get("VanityFunctionAliasArn");
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long[] nanos = new long[events.size()];
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS_THREADS);
        try (LambdaClient lambda = LambdaClient.builder().endpointOverride(served.endpoints.get("lambda"))
                .region(Region.of(served.region)).credentialsProvider(sandboxCredentials())
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(60)).build())
                .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(Duration.ofSeconds(120)).build())
                .build()) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                int index = i;
                done.add(callers.submit(() -> {
                    go.await();
                    long start = System.nanoTime();
                    try {
                        InvokeResponse response = lambda.invoke(b -> b.functionName(function)
                                .payload(SdkBytes.fromString(events.get(index), StandardCharsets.UTF_8)));
                        String payload = response.payload().asUtf8String();
                        if (response.functionError() == null && !payload.contains("\"ERROR\"")) {
                            answered.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                    nanos[index] = System.nanoTime() - start;
                    return null;
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            figures.put("calls_ms", String.valueOf((System.nanoTime() - start) / 1_000_000));
        } finally {
            callers.shutdown();
            callers.awaitTermination(1, TimeUnit.MINUTES);
        }
        Arrays.sort(nanos);
        figures.put("call_p50_ms", String.format("%.1f", nanos[nanos.length / 2] / 1e6));
        figures.put("call_p99_ms", String.format("%.1f", nanos[(int) (nanos.length * 0.99)] / 1e6));
        figures.put("answered", String.valueOf(answered.get()));
        figures.put("failed", String.valueOf(failed.get()));
        Map<String, Integer> found = countRecords(served, contactIds);
        long records = found.values().stream().mapToInt(Integer::intValue).sum();
        figures.put("records", String.valueOf(records));
        figures.put("lost", String.valueOf(found.values().stream().filter(n -> n == 0).count()));
        figures.put("duplicated", String.valueOf(found.values().stream().filter(n -> n > 1).count()));
        return contactIds;
    }

    /** How many items of the calls table hold each contact id (a full consistent Scan: a check, not a product path). */
    private static Map<String, Integer> countRecords(Served served, List<String> contactIds) {
        Map<String, Integer> found = new HashMap<>();
        contactIds.forEach(id -> found.put(id, 0));
        String table = served.outputs.get("CallsTableName");
        try (DynamoDbClient dynamoDb = served.dynamoDb()) {
            dynamoDb.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().forEach(item -> {
                AttributeValue id = item.get(CallLogSchema.CONTACT_ID);
                if (id != null && found.containsKey(id.s())) {
                    found.merge(id.s(), 1, Integer::sum);
                }
            });
        }
        return found;
    }

    /**
     * The latest 50 of 100,000 calls over 30 days, as the Calls view asks, in a fresh JVM on {@code jar}'s
     * class path with an in-memory sandbox ({@link LatestOfHistory}): loading 100,000 items into a
     * persisted DynamoDB Local takes tens of minutes on a loaded machine, in memory seconds.
     */
    private static void latestOfHistory(Path jar, Map<String, String> figures) throws Exception {
        Path harness = Path.of(LatestOfHistory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(launcher.toString(), "-cp", jar + java.io.File.pathSeparator + harness,
                LatestOfHistory.class.getName(), Integer.toString(HISTORY))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("LATEST\t")) {
                    result = line;
                }
            }
        }
        process.waitFor();
        if (result == null) {
            throw new IllegalStateException("LatestOfHistory printed no result on " + jar);
        }
        String[] f = result.split("\t");
        figures.put("load100k_ms", f[1]);
        figures.put("latest_p50_ms", f[2]);
        figures.put("latest_p99_ms", f[3]);
        figures.put("items_read", f[4]);
        figures.put("heap_100k_mb", f[5]);
    }

    private static StaticCredentialsProvider sandboxCredentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox"));
    }

    private static String mb(long kb) {
        return String.format("%.0f", kb / 1024.0);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One {@code sandbox serve} process and what it printed before "ready". */
    private static final class Served {
        final Process process;
        final long bootMillis;
        final Map<String, URI> endpoints = new ConcurrentHashMap<>();
        final Map<String, String> outputs = new ConcurrentHashMap<>();
        String region;

        private Served(Process process, long bootMillis) {
            this.process = process;
            this.bootMillis = bootMillis;
        }

        static Served start(Path jar, Path data) throws IOException {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "sandbox", "serve", "--data", data.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            long start = System.nanoTime();
            Process process = builder.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Map<String, String> lines = new HashMap<>();
            String line;
            while ((line = out.readLine()) != null && !line.equals("ready")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    lines.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            if (line == null) {
                process.destroyForcibly();
                throw new IllegalStateException("sandbox serve ended before 'ready' (" + jar + ")");
            }
            Served served = new Served(process, (System.nanoTime() - start) / 1_000_000);
            Thread drain = new Thread(() -> {
                try {
                    while (out.readLine() != null) {
                        // keep the pipe empty
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            drain.setDaemon(true);
            drain.start();
            served.region = lines.get("region");
            for (String service : Set.of("dynamodb", "lambda", "stepfunctions")) {
                served.endpoints.put(service, URI.create(lines.get(service)));
            }
            lines.forEach((k, v) -> {
                if (k.startsWith("output.")) {
                    served.outputs.put(k.substring("output.".length()), v);
                }
            });
            return served;
        }

        DynamoDbClient dynamoDb() {
            return DynamoDbClient.builder().endpointOverride(endpoints.get("dynamodb")).region(Region.of(region))
                    .credentialsProvider(sandboxCredentials()).httpClient(UrlConnectionHttpClient.create()).build();
        }

        long rssKb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            throw new IllegalStateException("no VmRSS for " + process.pid());
        }

        void stop() throws InterruptedException {
            process.destroy(); // SIGTERM: the shutdown hook closes the sandbox, as Ctrl-C would
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
