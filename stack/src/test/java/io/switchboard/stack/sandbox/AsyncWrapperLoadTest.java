package io.switchboard.stack.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.stack.deploy.DeployListener;
import io.switchboard.stack.testing.SandboxClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;

/**
 * Many callers at once against one sandbox, each doing what Amazon Connect does with the async
 * wrapper: invoke the alias to start (some callers twice, as Connect retries), then poll with a pause
 * until the answer is final. All callers are in flight together; a fixed pool of threads carries
 * their requests, and a caller holds a thread only while one of its invocations is running.
 */
class AsyncWrapperLoadTest {
    private static final int CALLERS = 200;
    private static final int THREADS = 64;
    /** Every RETRY_EVERY-th caller sends its start twice (Connect's retry), and goes on with the second answer. */
    private static final int RETRY_EVERY = 5;
    private static final long POLL_PAUSE_MS = 200;
    private static final String COUNT_MAX = "30";
    private static final String COUNT_COMFORT = "5";
    /** Starts answered RUNNING with no execution_id are repeated, as the flow would, at most this often. */
    private static final int MAX_STARTS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Sandbox sandbox;
    private static SandboxClients clients;
    private static String wrapper;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(SandboxOptions.inMemory().withParameters(Map.of("SlowLookupDelayMs", "300")), DeployListener.NONE);
        clients = new SandboxClients(sandbox);
        wrapper = sandbox.outputs().get("AsyncWrapperFunctionAliasArn");
    }

    @AfterAll
    static void stopSandbox() {
        if (clients != null) {
            clients.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void twoHundredConcurrentCallers_eachGetTheirOwnResult_oneExecutionEach() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(THREADS);
        Map<String, Integer> retriedStarts = new ConcurrentHashMap<>();
        List<CompletableFuture<Outcome>> calls = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int i = 0; i < CALLERS; i++) {
                Caller caller = new Caller(i, "load-" + run + "-" + i, customerNumber(i), i % RETRY_EVERY == 0, pool);
                calls.add(caller.begin());
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(75, TimeUnit.SECONDS);
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;
            List<Outcome> outcomes = calls.stream().map(CompletableFuture::join).toList();

            Map<String, Map<String, String>> expected = expectedLookups(outcomes, pool);

            assertThat(outcomes).hasSize(CALLERS);
            assertThat(outcomes).allSatisfy(outcome -> {
                assertThat(outcome.last()).as("caller %d: %s", outcome.caller(), outcome.last())
                        .containsEntry("status", "FINISHED").containsEntry("sfn_result", "SUCCESS");
                Map<String, String> lookup = expected.get(outcome.customerNumber());
                assertThat(outcome.last()).as("caller %d's own output", outcome.caller())
                        .containsEntry("balance", lookup.get("balance"))
                        .containsEntry("currency", lookup.get("currency"))
                        .containsEntry("account.type", lookup.get("account.type"))
                        .containsEntry("account.last4", lookup.get("account.last4"));
                assertThat(outcome.last().get("account.last4")).isEqualTo(String.format("%04d", outcome.caller()));
            });
            assertThat(outcomes.stream().map(o -> o.last().get("execution_id")).distinct()).hasSize(CALLERS);
            assertThat(outcomes.stream().filter(Outcome::retried))
                    .hasSize(CALLERS / RETRY_EVERY)
                    .allSatisfy(o -> assertThat(o.firstExecutionId()).as("caller %d's first start", o.caller())
                            .isIn("", o.last().get("execution_id")));

            Map<String, Long> executionsByName = clients.stepFunctions.listExecutionsPaginator(b -> b
                            .stateMachineArn(sandbox.outputs().get("AsyncStateMachineArn")).maxResults(1000))
                    .executions().stream().map(ExecutionListItem::name)
                    .filter(name -> name.startsWith("load-" + run + "-"))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(executionsByName).hasSize(CALLERS);
            assertThat(executionsByName.values()).allMatch(count -> count == 1);
            assertThat(executionsByName.keySet()).containsExactlyInAnyOrderElementsOf(
                    outcomes.stream().map(o -> o.contactId() + "-main").toList());

            IntSummary polls = IntSummary.of(outcomes.stream().mapToInt(Outcome::polls).toArray());
            System.out.printf("AsyncWrapperLoadTest: %d callers (%d retried their start) on %d threads finished in %d ms;"
                            + " polls per caller min %d / median %d / max %d; deferred starts %d; Step Functions calls %s%n",
                    CALLERS, CALLERS / RETRY_EVERY, THREADS, elapsedMs, polls.min(), polls.median(), polls.max(),
                    outcomes.stream().mapToInt(Outcome::deferredStarts).sum(), sandbox.stepFunctionsRequestCounts());
        } finally {
            pool.shutdownNow();
        }
    }

    /** What the slow lookup itself answers for each caller's number, invoked directly (no delay). */
    private static Map<String, Map<String, String>> expectedLookups(List<Outcome> outcomes, ScheduledExecutorService pool) {
        String lookupFunction = sandbox.outputs().get("SlowLookupFunctionAliasArn");
        Map<String, CompletableFuture<Map<String, String>>> lookups = new HashMap<>();
        for (Outcome outcome : outcomes) {
            lookups.put(outcome.customerNumber(), CompletableFuture.supplyAsync(() -> {
                var event = SandboxClients.event("async-start.json", UUID.randomUUID().toString(),
                        Map.of("customer_number", outcome.customerNumber(), "delay_ms", "0"));
                String payload = clients.lambda.invoke(b -> b.functionName(lookupFunction)
                        .payload(SdkBytes.fromUtf8String(event.toString()))).payload().asUtf8String();
                try {
                    JsonNode output = JSON.readTree(payload);
                    return Map.of("balance", output.path("balance").asText(), "currency", output.path("currency").asText(),
                            "account.type", output.path("account").path("type").asText(),
                            "account.last4", output.path("account").path("last4").asText());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, pool));
        }
        Map<String, Map<String, String>> expected = new HashMap<>();
        lookups.forEach((number, lookup) -> expected.put(number, lookup.join()));
        return expected;
    }

    /** Distinct per caller, and its last four digits are the caller's index. */
    private static String customerNumber(int caller) {
        return String.format("+1555%03d%04d", 100 + caller % 800, caller);
    }

    private record Outcome(int caller, String contactId, String customerNumber, Map<String, String> last, int polls,
                           boolean retried, String firstExecutionId, int deferredStarts) {
    }

    private record IntSummary(int min, int median, int max) {
        static IntSummary of(int[] values) {
            int[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            return new IntSummary(sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1]);
        }
    }

    /** One simulated contact: each step runs on the pool, the pauses between polls are scheduled, not slept. */
    private static final class Caller {
        private final int index;
        private final String contactId;
        private final String customerNumber;
        private final boolean retries;
        private final ScheduledExecutorService pool;
        private final CompletableFuture<Outcome> done = new CompletableFuture<>();
        private final AtomicInteger polls = new AtomicInteger();
        private int starts;
        private int deferredStarts;
        private String firstExecutionId;

        Caller(int index, String contactId, String customerNumber, boolean retries, ScheduledExecutorService pool) {
            this.index = index;
            this.contactId = contactId;
            this.customerNumber = customerNumber;
            this.retries = retries;
            this.pool = pool;
        }

        CompletableFuture<Outcome> begin() {
            pool.execute(guarded(this::start));
            return done;
        }

        private void start() {
            var event = SandboxClients.event("async-start.json", contactId,
                    Map.of("customer_number", customerNumber, "count_max", COUNT_MAX, "count_comfort", COUNT_COMFORT));
            starts++;
            Map<String, String> answer = clients.invoke(wrapper, event);
            if (retries && starts == 1) {
                // Connect did not hear this answer in time and calls again with the same event; the flow
                // goes on with the second answer.
                firstExecutionId = answer.get("execution_id");
                answer = clients.invoke(wrapper, event);
            }
            if ("RUNNING".equals(answer.get("status")) && !answer.get("execution_id").isEmpty()) {
                // Start deferred (Step Functions busy): the answer names the execution it will be, and the
                // flow polls it like any other (docs/decisions/0012).
                deferredStarts++;
                schedulePoll(answer);
                return;
            }
            if (answer.get("execution_id").isEmpty() && "RUNNING".equals(answer.get("status")) && starts < MAX_STARTS) {
                deferredStarts++;
                pool.schedule(guarded(this::start), POLL_PAUSE_MS, TimeUnit.MILLISECONDS);
                return;
            }
            if (!"CREATED".equals(answer.get("status"))) {
                finish(answer);
                return;
            }
            schedulePoll(answer);
        }

        private void schedulePoll(Map<String, String> previous) {
            pool.schedule(guarded(() -> poll(previous)), POLL_PAUSE_MS, TimeUnit.MILLISECONDS);
        }

        private void poll(Map<String, String> previous) {
            Map<String, String> params = new HashMap<>();
            params.put("execution_id", previous.get("execution_id"));
            params.put("count", previous.get("count"));
            params.put("count_max", COUNT_MAX);
            params.put("count_comfort", COUNT_COMFORT);
            // A deferred start is made by a later poll, with that poll's parameters: the flow passes the
            // function's own parameters on every call.
            params.put("customer_number", customerNumber);
            polls.incrementAndGet();
            Map<String, String> answer = clients.invoke(wrapper, SandboxClients.event("async-poll.json", contactId, params));
            if (List.of("FINISHED", "LOOP_DONE", "ERROR").contains(answer.get("status"))) {
                finish(answer);
            } else {
                schedulePoll(answer);
            }
        }

        private void finish(Map<String, String> answer) {
            done.complete(new Outcome(index, contactId, customerNumber, answer, polls.get(), retries, firstExecutionId,
                    deferredStarts));
        }

        private Runnable guarded(Runnable step) {
            return () -> {
                try {
                    step.run();
                } catch (Throwable failure) {
                    done.completeExceptionally(new AssertionError("caller " + index + " failed", failure));
                }
            };
        }
    }
}
