package io.switchboard.desktop.benchmark;

import io.switchboard.desktop.aws.CallsGateway;
import io.switchboard.desktop.connection.SandboxConnection;
import io.switchboard.desktop.connection.Session;
import io.switchboard.lambdas.calllog.CallLogPage;
import java.time.Instant;
import java.util.Arrays;

/**
 * The Calls view's first page (latest 50) of a history of N calls over 30 days, on an in-memory
 * sandbox of whichever build is on the class path: {@link SandboxServeBenchmark} runs it in a fresh JVM
 * with the measured build's jar first. Prints one line:
 * {@code LATEST <load ms> <p50 ms> <p99 ms> <calls shown>/<items read> <heap used MB>}.
 */
public final class LatestOfHistory {
    private static final int WARMUP = 30;
    private static final int MEASURED = 300;

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        SandboxConnection.Running sandbox = SandboxConnection.start(null);
        try (Session session = sandbox.session()) {
            CallTableLoader loader = new CallTableLoader(session.clients().dynamoDb(), session.outputs().get("CallsTableName"));
            String table = loader.createTable("calls-history-" + size);
            Instant now = Instant.now();
            long loadStart = System.nanoTime();
            loader.load(table, size, 30, now, size);
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
            Arrays.sort(nanos);
            System.gc();
            long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
            System.out.printf("LATEST\t%d\t%.1f\t%.1f\t%d/%d\t%d%n", loadMs, nanos[MEASURED / 2] / 1e6,
                    nanos[(int) (MEASURED * 0.99)] / 1e6, page.calls().size(), page.itemsRead(), heapMb);
        } finally {
            sandbox.close();
        }
        System.exit(0);
    }
}
