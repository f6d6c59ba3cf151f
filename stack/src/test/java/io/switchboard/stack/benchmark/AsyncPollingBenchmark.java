package io.switchboard.stack.benchmark;

import io.switchboard.stack.deploy.DeployListener;
import io.switchboard.stack.sandbox.Sandbox;
import io.switchboard.stack.sandbox.SandboxOptions;
import io.switchboard.stack.testing.SandboxClients;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Results-table polling (our async wrapper, through the Lambda API) against the seed's design
 * (DescribeExecution on every poll, {@link SeedDescribePoller}), on one sandbox in one run. Counts
 * the Step Functions API calls the polls cause, with the sandbox's per-operation request counters.
 * Not part of {@code verify}; see docs/benchmarks/async.md for the command and figures.
 *
 * <p>Arguments (all optional): callers (100), lookup delay ms (2000), pause between polls ms (250),
 * count_max (60).
 */
public final class AsyncPollingBenchmark {
    private static final int THREADS = 64;
    /** Every STOP_EVERY-th caller hangs up: its execution is stopped (ABORTED) before polling starts. */
    private static final int STOP_EVERY = 10;

    private final Sandbox sandbox;
    private final SandboxClients clients;
    private final String wrapper;
    private final SeedDescribePoller seed;
    private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(THREADS);
    private final int pauseMs;
    private final int countMax;

    private AsyncPollingBenchmark(Sandbox sandbox, int pauseMs, int countMax) {
        this.sandbox = sandbox;
        this.clients = new SandboxClients(sandbox);
        this.wrapper = sandbox.outputs().get("AsyncWrapperFunctionAliasArn");
        this.seed = new SeedDescribePoller(clients.stepFunctions);
        this.pauseMs = pauseMs;
        this.countMax = countMax;
    }

    public static void main(String[] args) throws Exception {
        int callers = arg(args, 0, 100);
        int delayMs = arg(args, 1, 2000);
        int pauseMs = arg(args, 2, 250);
        int countMax = arg(args, 3, 60);
        System.out.printf(Locale.ROOT, "JDK %s, %d CPUs; %d callers, lookup %d ms, pause %d ms, count_max %d%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), callers, delayMs, pauseMs, countMax);
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.inMemory()
                .withParameters(Map.of("SlowLookupDelayMs", Integer.toString(delayMs))), DeployListener.NONE)) {
            AsyncPollingBenchmark benchmark = new AsyncPollingBenchmark(sandbox, pauseMs, countMax);
            try {
                benchmark.run(Design.RESULTS_TABLE, Math.min(20, callers));
                benchmark.run(Design.DESCRIBE_EVERY_POLL, Math.min(20, callers));
                System.out.println("(warm-up done)");
                Result ours = benchmark.run(Design.RESULTS_TABLE, callers);
                Result seeds = benchmark.run(Design.DESCRIBE_EVERY_POLL, callers);
                System.out.println();
                System.out.println("| design | polls | Step Functions calls during polling | SFN calls per poll | poll p50 | poll p99 | SUCCESS (stopped: FAILURE) |");
                System.out.println("|---|---:|---|---:|---:|---:|---|");
                System.out.println(ours.row());
                System.out.println(seeds.row());
                if (ours.callsPerPoll() == 0) {
                    System.out.printf(Locale.ROOT, "%nStep Functions calls per poll: seed %.2f, ours 0 (none while polling)%n",
                            seeds.callsPerPoll());
                } else {
                    System.out.printf(Locale.ROOT, "%nStep Functions calls per poll, seed / ours: %.1f x%n",
                            seeds.callsPerPoll() / ours.callsPerPoll());
                }
            } finally {
                benchmark.close();
            }
        }
        System.exit(0);
    }

    private Result run(Design design, int callers) throws Exception {
        String prefix = "bench-" + design.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 6) + "-";
        List<CompletableFuture<Map<String, String>>> starts = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            String contactId = prefix + i;
            String number = String.format(Locale.ROOT, "+1555%07d", i);
            starts.add(CompletableFuture.supplyAsync(() -> start(contactId, number), pool));
        }
        List<Map<String, String>> started = starts.stream().map(CompletableFuture::join).toList();
        List<String> executions = started.stream().map(answer -> answer.get("execution_id")).toList();
        // Stopped executions never write their own result; ours must still answer them without a Step
        // Functions call per poll (the EventBridge rule records them). The stops happen before the reset.
        long stopped = 0;
        for (int i = STOP_EVERY - 1; i < executions.size(); i += STOP_EVERY) {
            String execution = executions.get(i);
            clients.stepFunctions.stopExecution(b -> b.executionArn(execution).error("Caller.HungUp"));
            stopped++;
        }

        sandbox.resetStepFunctionsRequestCounts();
        ConcurrentLinkedQueue<Long> latenciesNanos = new ConcurrentLinkedQueue<>();
        AtomicLong successes = new AtomicLong();
        List<CompletableFuture<Void>> callersDone = new ArrayList<>();
        long began = System.nanoTime();
        for (Map<String, String> answer : started) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            callersDone.add(done);
            Map<String, String> state = Map.of("execution_id", answer.get("execution_id"), "count", answer.get("count"));
            pool.schedule(() -> poll(design, state, latenciesNanos, successes, done),
                    ThreadLocalRandom.current().nextInt(pauseMs + 1), TimeUnit.MILLISECONDS);
        }
        CompletableFuture.allOf(callersDone.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        long elapsedMs = (System.nanoTime() - began) / 1_000_000;
        Map<String, Long> counts = sandbox.stepFunctionsRequestCounts();
        long[] sorted = latenciesNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        Result result = new Result(design, callers, sorted.length, counts, percentile(sorted, 50), percentile(sorted, 99),
                successes.get(), stopped, elapsedMs);
        System.out.printf(Locale.ROOT, "%s: %d callers, %d polls in %d ms (%.0f polls/s), Step Functions %s%n", design.label,
                callers, sorted.length, elapsedMs, sorted.length * 1000.0 / elapsedMs, counts);
        return result;
    }

    /** The start's answer: CREATED, or RUNNING when the start was deferred (its first poll starts it). */
    private Map<String, String> start(String contactId, String number) {
        var event = SandboxClients.event("async-start.json", contactId,
                Map.of("customer_number", number, "count_max", Integer.toString(countMax)));
        for (int attempt = 0; attempt < 10; attempt++) {
            Map<String, String> answer = clients.invoke(wrapper, event);
            if (!answer.get("execution_id").isEmpty()
                    && ("CREATED".equals(answer.get("status")) || "RUNNING".equals(answer.get("status")))) {
                return answer;
            }
            sleep(pauseMs);
        }
        throw new IllegalStateException("could not start " + contactId);
    }

    private void poll(Design design, Map<String, String> previous, ConcurrentLinkedQueue<Long> latencies, AtomicLong successes,
                      CompletableFuture<Void> done) {
        try {
            long start = System.nanoTime();
            Map<String, String> answer = switch (design) {
                case RESULTS_TABLE -> {
                    Map<String, String> params = new HashMap<>();
                    params.put("execution_id", previous.get("execution_id"));
                    params.put("count", previous.get("count"));
                    params.put("count_max", Integer.toString(countMax));
                    // The caller's own contact, as Connect sends it (the execution is named <ContactId>-main).
                    String execution = previous.get("execution_id");
                    String contactId = execution.substring(execution.lastIndexOf(':') + 1).replaceFirst("-main$", "");
                    yield clients.invoke(wrapper, SandboxClients.event("async-poll.json", contactId, params));
                }
                case DESCRIBE_EVERY_POLL -> seed.poll(previous.get("execution_id"), Integer.parseInt(previous.get("count")),
                        countMax, 10);
            };
            latencies.add(System.nanoTime() - start);
            String status = answer.get("status");
            if (status.equals("FINISHED") || status.equals("LOOP_DONE") || status.equals("ERROR")) {
                if ("SUCCESS".equals(answer.get("sfn_result"))) {
                    successes.incrementAndGet();
                }
                done.complete(null);
            } else {
                pool.schedule(() -> poll(design, answer, latencies, successes, done), pauseMs, TimeUnit.MILLISECONDS);
            }
        } catch (Throwable failure) {
            done.completeExceptionally(failure);
        }
    }

    private void close() {
        pool.shutdownNow();
        clients.close();
    }

    private static double percentile(long[] sortedNanos, int percent) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1_000_000.0;
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private enum Design {
        RESULTS_TABLE("(a) ours: results table, DescribeExecution as fallback (Lambda API → AsyncWrapperHandler)"),
        DESCRIBE_EVERY_POLL("(b) seed: DescribeExecution on every poll (SfnClient)");

        private final String label;

        Design(String label) {
            this.label = label;
        }
    }

    private record Result(Design design, int callers, long polls, Map<String, Long> counts, double p50Ms, double p99Ms,
                          long successes, long stopped, long elapsedMs) {
        long stepFunctionsCalls() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        double callsPerPoll() {
            return (double) stepFunctionsCalls() / polls;
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %d %s | %.3f | %.1f ms | %.1f ms | %d/%d (+%d stopped) |",
                    design.label, polls, stepFunctionsCalls(), counts, callsPerPoll(), p50Ms, p99Ms, successes,
                    callers - stopped, stopped);
        }
    }
}
