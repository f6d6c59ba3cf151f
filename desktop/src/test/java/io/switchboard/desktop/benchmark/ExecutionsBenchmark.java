package io.switchboard.desktop.benchmark;

import io.switchboard.desktop.connection.SandboxConnection;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.executions.ExecutionRow;
import io.switchboard.desktop.executions.ExecutionsView;
import io.switchboard.desktop.executions.ExecutionsViewModel;
import io.switchboard.desktop.task.FxTaskExecutor;
import io.switchboard.stack.sandbox.Sandbox;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The Executions view with N executions (default 5,000) of a small state machine in the sandbox's
 * Step Functions, on headless Monocle: time until the first page is on screen, until all are
 * listed, the longest gap between frames (AnimationTimer ticks) while loading and during 10 s of
 * live polling with executions starting and finishing, ListExecutions calls per second,
 * DescribeExecution calls per second (the Caller column filling in the background: the newest rows,
 * then rows scrolled to), how the rows list changed (in place vs replaced), table row cells
 * (virtualisation) and heap.
 * Run: docs/benchmarks/desktop.md.
 */
public final class ExecutionsBenchmark {
    private static final String MACHINE = """
            {"StartAt": "Wait", "States": {
              "Wait": {"Type": "Wait", "SecondsPath": "$.wait", "Next": "Done"},
              "Done": {"Type": "Pass", "End": true}}}""";

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        SandboxConnection.Running running = SandboxConnection.start(null);
        Sandbox sandbox = (Sandbox) running.cloud();
        Session base = running.session();
        SfnClient sfn = base.clients().sfn();
        String machine = sfn.createStateMachine(b -> b.name("bench-" + count).definition(MACHINE)
                .roleArn("arn:aws:iam::000000000000:role/sandbox")).stateMachineArn();
        long startAll = System.nanoTime();
        ExecutorService starters = Executors.newFixedThreadPool(4);
        List<CompletableFuture<?>> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            started.add(CompletableFuture.runAsync(() -> sfn.startExecution(b -> b.stateMachineArn(machine)
                    .name("exec-" + n).input(input(0, n))), starters));
        }
        CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).join();
        long startedMs = (System.nanoTime() - startAll) / 1_000_000;
        Session session = new Session(base.target(), "Sandbox", Map.of("AsyncStateMachineArn", machine), base.clients(), base.callPlayer());

        Platform.startup(() -> { });
        Frames frames = new Frames();
        AtomicLong heapBefore = new AtomicLong(usedHeapAfterGc());
        CountDownLatch firstPage = new CountDownLatch(1);
        CountDownLatch allListed = new CountDownLatch(1);
        AtomicLong firstPageNanos = new AtomicLong();
        AtomicLong allListedNanos = new AtomicLong();
        AtomicInteger replacedAll = new AtomicInteger();
        AtomicInteger updatedInPlace = new AtomicInteger();
        AtomicInteger added = new AtomicInteger();
        Holder holder = new Holder();
        FxTaskExecutor tasks = new FxTaskExecutor();
        long shownAt = System.nanoTime();
        Platform.runLater(() -> {
            ExecutionsViewModel model = new ExecutionsViewModel(tasks, new SimpleObjectProperty<>(session));
            ExecutionsView view = new ExecutionsView(model);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1400, 860));
            stage.show();
            holder.model = model;
            holder.fxThread = Thread.currentThread().getId();
            holder.view = view;
            model.rows().addListener((ListChangeListener<ExecutionRow>) c -> {
                while (c.next()) {
                    if (c.wasReplaced() && c.getRemovedSize() > 1) {
                        replacedAll.incrementAndGet();
                    } else if (c.wasReplaced()) {
                        updatedInPlace.incrementAndGet();
                    } else if (c.wasAdded()) {
                        added.addAndGet(c.getAddedSize());
                    }
                }
            });
            frames.start(() -> {
                if (firstPage.getCount() > 0 && !model.rows().isEmpty()) {
                    firstPageNanos.set(System.nanoTime() - shownAt); // the frame that draws the first rows
                    firstPage.countDown();
                }
                if (allListed.getCount() > 0 && model.rows().size() >= count && !model.loadingOlder()) {
                    allListedNanos.set(System.nanoTime() - shownAt);
                    allListed.countDown();
                }
            });
            model.shown();
        });
        sandbox.resetStepFunctionsRequestCounts();
        Describes describes = new Describes(sandbox);
        long listStart = System.nanoTime();
        long fxCpuStart = fxCpuNanos(holder);
        if (!allListed.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("not all executions listed in 120 s");
        }
        long loadingGapMs = frames.maxGapAndReset();
        long fxCpuLoading = fxCpuNanos(holder) - fxCpuStart;
        long listCallsLoading = sandbox.stepFunctionsRequestCounts().getOrDefault("ListExecutions", 0L);
        long describeLoading = sandbox.stepFunctionsRequestCounts().getOrDefault("DescribeExecution", 0L);
        double loadingSeconds = (System.nanoTime() - listStart) / 1e9;
        int[] callersLoaded = onFx(() -> new int[] {knownCallers(holder.model, 0, 200)});

        // 10 s of live polling: 100 executions start (1 to 8 s long), so rows are added and change status.
        sandbox.resetStepFunctionsRequestCounts();
        describes.reset();
        long liveStart = System.nanoTime();
        long fxCpuLiveStart = fxCpuNanos(holder);
        for (int i = 0; i < 100; i++) {
            int n = i;
            starters.submit(() -> sfn.startExecution(b -> b.stateMachineArn(machine).name("live-" + n)
                    .input(input(1 + n % 8, 100_000 + n))));
            Thread.sleep(50);
        }
        Thread.sleep(Math.max(0, 10_000 - (System.nanoTime() - liveStart) / 1_000_000));
        double liveSeconds = (System.nanoTime() - liveStart) / 1e9;
        long liveGapMs = frames.maxGapAndReset();
        long fxCpuLive = fxCpuNanos(holder) - fxCpuLiveStart;
        long listCallsLive = sandbox.stepFunctionsRequestCounts().getOrDefault("ListExecutions", 0L);
        long describeLive = sandbox.stepFunctionsRequestCounts().getOrDefault("DescribeExecution", 0L);
        int[] callersLive = onFx(() -> new int[] {knownCallers(holder.model, 0, 200)});

        // The user scrolls to row 2,500 (far past the newest 200): its rows are looked up next.
        int scrolledTo = Math.min(2_500, count - 20);
        onFx(() -> {
            holder.table().scrollTo(scrolledTo);
            return null;
        });
        long scrollStart = System.nanoTime();
        int[] onScreen = {0, 0};
        while (System.nanoTime() - scrollStart < 15_000_000_000L) {
            Thread.sleep(250);
            onScreen = onFx(() -> visibleCallers(holder.table()));
            if (onScreen[1] > 0 && onScreen[0] == onScreen[1]) {
                break;
            }
        }
        long scrollFilledMs = (System.nanoTime() - scrollStart) / 1_000_000;
        long describeMaxPerSecond = describes.stop();
        CompletableFuture<int[]> shape = new CompletableFuture<>();
        Platform.runLater(() -> shape.complete(new int[] {holder.model.rows().size(),
                holder.view.lookupAll(".table-row-cell").size(), frames.count}));
        int[] seen = shape.get(10, TimeUnit.SECONDS);
        long heapAfter = usedHeapAfterGc();

        System.out.printf("Executions view, %,d executions in the sandbox (started in %,d ms), headless Monocle, %d CPUs%n",
                count, startedMs, Runtime.getRuntime().availableProcessors());
        System.out.printf("  first page on screen       %6d ms after shown()%n", firstPageNanos.get() / 1_000_000);
        System.out.printf("  all %,d listed            %6d ms (pages of %d newest + 1,000 older, alternating)%n",
                count, allListedNanos.get() / 1_000_000, 100);
        System.out.printf("  longest frame gap          %6d ms while loading, %d ms during %.1f s of live polling (60 fps = 17 ms)%n",
                loadingGapMs, liveGapMs, liveSeconds);
        System.out.printf("  FX thread CPU              %.0f ms per s while loading, %.0f ms per s live (load-independent: time the UI thread worked)%n",
                fxCpuLoading / 1e6 / loadingSeconds, fxCpuLive / 1e6 / liveSeconds);
        System.out.printf("  ListExecutions             %.2f /s while loading (%d in %.1f s), %.2f /s live (%d in %.1f s); target <= 1 /s%n",
                listCallsLoading / loadingSeconds, listCallsLoading, loadingSeconds, listCallsLive / liveSeconds, listCallsLive, liveSeconds);
        System.out.printf("  DescribeExecution          %.2f /s while loading (%d in %.1f s), %.2f /s live (%d); most in any 1 s: %d; target <= 4 /s%n",
                describeLoading / loadingSeconds, describeLoading, loadingSeconds, describeLive / liveSeconds, describeLive, describeMaxPerSecond);
        System.out.printf("  callers known              newest 200: %d when all were listed, %d after the live 10 s%n",
                callersLoaded[0], callersLive[0]);
        System.out.printf("  scrolled to row %,d       %d of %d rows on screen with callers after %,d ms%n",
                scrolledTo, onScreen[0], onScreen[1], scrollFilledMs);
        System.out.printf("  rows list changes          replaced whole: %d, rows updated in place: %d, rows added: %,d%n",
                replacedAll.get(), updatedInPlace.get(), added.get());
        System.out.printf("  rows %,d, table row cells %d (virtualised: cells / rows = %.4f)%n",
                seen[0], seen[1], seen[1] / (double) seen[0]);
        System.out.printf("  heap used after GC         %,d KB before the view, %,d KB with %,d rows (+%,d bytes per row)%n",
                heapBefore.get() / 1024, heapAfter / 1024, seen[0], (heapAfter - heapBefore.get()) / seen[0]);
        Platform.exit();
        System.exit(0);
    }

    /** The wrapper's input shape ({@code {"event": <Connect event>}}) plus the Wait state's seconds. */
    private static String input(int waitSeconds, int n) {
        return "{\"wait\": " + waitSeconds + ", \"event\": {\"Details\": {\"ContactData\": {\"CustomerEndpoint\": "
                + "{\"Address\": \"+1800555" + String.format("%04d", n % 10_000) + "\", \"Type\": \"TELEPHONE_NUMBER\"}}}}}";
    }

    private static int knownCallers(ExecutionsViewModel model, int from, int to) {
        return (int) model.rows().subList(from, Math.min(to, model.rows().size())).stream().filter(r -> r.caller().known()).count();
    }

    /** {known callers, rows} among the table's row cells on screen. */
    private static int[] visibleCallers(TableView<ExecutionRow> table) {
        int[] seen = {0, 0};
        table.lookupAll(".table-row-cell").forEach(node -> {
            @SuppressWarnings("unchecked")
            TableRow<ExecutionRow> row = (TableRow<ExecutionRow>) node;
            if (row.isVisible() && row.getItem() != null && row.getParent() != null && row.getParent().isVisible()) {
                seen[1]++;
                seen[0] += row.getItem().caller().known() ? 1 : 0;
            }
        });
        return seen;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    private static long fxCpuNanos(Holder holder) throws InterruptedException {
        while (holder.fxThread == 0) {
            Thread.sleep(5);
        }
        return ManagementFactory.getThreadMXBean().getThreadCpuTime(holder.fxThread);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static final class Holder {
        volatile ExecutionsViewModel model;
        volatile javafx.scene.Parent view;
        volatile long fxThread;

        @SuppressWarnings("unchecked")
        TableView<ExecutionRow> table() {
            return (TableView<ExecutionRow>) view.lookup("#executions-table");
        }
    }

    /** The most DescribeExecution requests the sandbox received in any one second (sampled every second). */
    private static final class Describes {
        private final Sandbox sandbox;
        private final AtomicLong max = new AtomicLong();
        private final java.util.concurrent.ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "describe-sampler");
            t.setDaemon(true);
            return t;
        });
        private long last;

        Describes(Sandbox sandbox) {
            this.sandbox = sandbox;
            sampler.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
        }

        private synchronized void sample() {
            long now = sandbox.stepFunctionsRequestCounts().getOrDefault("DescribeExecution", 0L);
            max.accumulateAndGet(now - last, Math::max);
            last = now;
        }

        /** After the counters were reset. */
        synchronized void reset() {
            last = 0;
        }

        long stop() {
            sampler.shutdownNow();
            return max.get();
        }
    }

    /** Gaps between AnimationTimer ticks (one per pulse the FX thread manages to run). */
    private static final class Frames {
        private final AtomicLong maxGap = new AtomicLong();
        private long last;
        volatile int count;

        void start(Runnable eachFrame) {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (last != 0) {
                        maxGap.accumulateAndGet(now - last, Math::max);
                    }
                    last = now;
                    count++;
                    eachFrame.run();
                }
            }.start();
        }

        long maxGapAndReset() {
            return maxGap.getAndSet(0) / 1_000_000;
        }
    }
}
