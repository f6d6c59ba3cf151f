package io.switchboard.desktop.benchmark;

import io.switchboard.desktop.aws.CallsGateway;
import io.switchboard.desktop.connection.SandboxConnection;
import io.switchboard.desktop.connection.Session;
import io.switchboard.lambdas.calllog.CallLogPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Latest 50 calls (what the Calls view shows) from call tables of growing size in the sandbox's
 * DynamoDB: p50/p99 of {@link CallsGateway#latest} and the items DynamoDB read for it
 * (the Queries' ScannedCount), per size, in one run. Calls are spread over 30 days.
 * Run: docs/benchmarks/desktop.md.
 */
public final class LatestCallsBenchmark {
    private static final int[] SIZES = {10, 1_000, 10_000, 100_000};
    private static final int WARMUP = 30;
    private static final int MEASURED = 300;

    public static void main(String[] args) throws Exception {
        SandboxConnection.Running sandbox = SandboxConnection.start(null);
        try (Session session = sandbox.session()) {
            String template = session.outputs().get("CallsTableName");
            CallTableLoader loader = new CallTableLoader(session.clients().dynamoDb(), template);
            Instant now = Instant.now();
            List<String> lines = new ArrayList<>();
            double baseline = 0;
            for (int size : SIZES) {
                String table = loader.createTable("calls-bench-" + size);
                long loadStart = System.nanoTime();
                loader.load(table, size, size <= 10 ? 1 : 30, now, size);
                long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
                CallsGateway calls = new CallsGateway(session.clients(), table);
                for (int i = 0; i < WARMUP; i++) {
                    calls.latest(50, null, now);
                }
                long[] nanos = new long[MEASURED];
                CallLogPage page = null;
                for (int i = 0; i < MEASURED; i++) {
                    long start = System.nanoTime();
                    page = calls.latest(50, null, now);
                    nanos[i] = System.nanoTime() - start;
                }
                java.util.Arrays.sort(nanos);
                double p50 = nanos[MEASURED / 2] / 1e6;
                double p99 = nanos[(int) (MEASURED * 0.99)] / 1e6;
                if (size == 1_000) {
                    baseline = p50;
                }
                lines.add(String.format("  %,7d calls  shown %2d  p50 %6.1f ms  p99 %6.1f ms  items read %3d  queries %2d  more=%s  (loaded in %,d ms)",
                        size, page.calls().size(), p50, p99, page.itemsRead(), page.queries(), page.next().isPresent(), loadMs));
                if (size == SIZES[SIZES.length - 1]) {
                    lines.add(String.format("  p50 ratio 100,000 / 1,000 calls: %.2f", p50 / baseline));
                }
            }
            System.out.printf("latest 50 calls, sandbox DynamoDB (in memory), %d runs after %d warm-up, %d CPUs%n",
                    MEASURED, WARMUP, Runtime.getRuntime().availableProcessors());
            lines.forEach(System.out::println);
        } finally {
            sandbox.close();
        }
        System.exit(0); // the sandbox's server threads would keep the JVM alive
    }
}
