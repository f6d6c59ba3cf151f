package io.switchboard.flows.simulator;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Lambda calls started with InvocationType ASYNCHRONOUS, running on background threads while the call goes on. */
final class AsyncInvocations {

    private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "switchboard-async-lambda");
        thread.setDaemon(true);
        return thread;
    });

    /** What came back, and when by the simulation clock. */
    record Answer(String response, String failure, long finishedNanos) {
    }

    /**
     * @param startedNanos   simulation clock at the start
     * @param startedAtCall  the call's own time at the start (prompts played since then count against the wait)
     */
    record Invocation(String invocationId, String actionId, String functionArn, String event, Duration limit,
                      boolean stringMap, long startedNanos, Duration startedAtCall, CompletableFuture<Answer> answer) {
    }

    private final Map<String, Invocation> byId = new HashMap<>();
    private final java.util.Set<String> reported = new java.util.HashSet<>();

    Invocation start(String actionId, String arn, String event, Duration limit, boolean stringMap,
                     LambdaInvoker invoker, SimulationClock clock, Duration callTime) {
        String id = UUID.randomUUID().toString();
        long started = clock.nanoTime();
        CompletableFuture<Answer> answer = CompletableFuture.supplyAsync(() -> {
            try {
                String response = invoker.invoke(arn, event);
                return new Answer(response, null, clock.nanoTime());
            } catch (LambdaInvocationException e) {
                return new Answer(null, e.getMessage(), clock.nanoTime());
            } catch (RuntimeException e) {
                return new Answer(null, "the function failed: " + e, clock.nanoTime());
            }
        }, BACKGROUND);
        Invocation invocation = new Invocation(id, actionId, arn, event, limit, stringMap, started, callTime, answer);
        byId.put(id, invocation);
        return invocation;
    }

    /** True the first time an invocation's outcome is reported (a Wait and a later Load count it once). */
    boolean firstReport(String invocationId) {
        return reported.add(invocationId);
    }

    /**
     * Calls the flow started and never waited for (fire and forget): counted, with the answer when it came
     * while the call lasted.
     */
    java.util.List<LambdaCall> notWaitedFor() {
        return byId.values().stream().filter(i -> !reported.contains(i.invocationId())).map(i -> {
            Answer answer = i.answer().getNow(null);
            if (answer == null) {
                return new LambdaCall(i.actionId(), i.functionArn(), i.event(), null, Duration.ZERO, LambdaCallOutcome.OK,
                        "not waited for; still running when the call ended");
            }
            return new LambdaCall(i.actionId(), i.functionArn(), i.event(), answer.response(),
                    Duration.ofNanos(answer.finishedNanos() - i.startedNanos()),
                    answer.failure() == null ? LambdaCallOutcome.OK : LambdaCallOutcome.INVOCATION_FAILED,
                    answer.failure() == null ? "not waited for" : answer.failure());
        }).toList();
    }

    Optional<Invocation> find(String invocationId) {
        return Optional.ofNullable(invocationId == null ? null : byId.get(invocationId));
    }
}
