package io.switchboard.desktop.executions;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionPage;
import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionSummary;
import io.switchboard.desktop.task.SameThreadTaskExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The background caller lookups as pure logic: rows made up, a lookup that answers from the ARN, the executor's manual clock. */
class CallerLookupsTest {
    private static final Duration EVERY = Duration.ofMillis(250);

    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    private final ExecutionRows rows = new ExecutionRows();
    private final List<String> described = new ArrayList<>();
    private final CallerLookups lookups = new CallerLookups(tasks, EVERY, Duration.ofSeconds(4),
            failure -> "throttled".equals(failure.getMessage()), 5);

    @Test
    void looksUpTheNewestRowsFirst_atMostOneEvery250ms_andOnlyTheNewestFive() {
        show(12);
        start();

        tasks.advance(Duration.ofMillis(249));
        assertThat(described).isEmpty();
        tasks.advance(Duration.ofMillis(1));
        assertThat(described).containsExactly("arn:11");
        tasks.advance(Duration.ofSeconds(1));
        assertThat(described).containsExactly("arn:11", "arn:10", "arn:9", "arn:8", "arn:7");
        tasks.advance(Duration.ofSeconds(10));

        assertThat(described).hasSize(5);
        assertThat(rows.rows().subList(0, 5)).allSatisfy(r -> assertThat(r.caller().number()).isEqualTo(callerOf(r.execution().arn())));
        assertThat(rows.rows().subList(5, 12)).allSatisfy(r -> assertThat(r.caller().known()).isFalse());
    }

    @Test
    void aRowTheUserSees_isLookedUpBeforeTheNewest_evenBeyondTheNewestFive() {
        show(12);
        start();
        lookups.seen("arn:0");
        lookups.seen("arn:1");

        tasks.advance(Duration.ofMillis(750));

        assertThat(described).containsExactly("arn:1", "arn:0", "arn:11");
    }

    @Test
    void sleepsWhenAllAreKnown_andWakesForANewPage_withoutDescribingAnyExecutionTwice() {
        show(3);
        start();
        tasks.advance(Duration.ofSeconds(5));
        assertThat(described).containsExactly("arn:2", "arn:1", "arn:0");
        assertThat(tasks.pendingScheduled()).isZero();

        rows.mergeNewest(page(4), Map.of()); // one new execution; the others are listed again
        lookups.wake();
        tasks.advance(Duration.ofSeconds(5));

        assertThat(described).containsExactly("arn:2", "arn:1", "arn:0", "arn:3");
    }

    @Test
    void throttling_doublesTheWaitAndRetries_thenRecovers() {
        show(2);
        int[] throttles = {3};
        lookups.start(rows, arn -> {
            described.add(arn);
            if (throttles[0]-- > 0) {
                throw new IllegalStateException("throttled");
            }
            return callerOf(arn);
        }, (arn, caller) -> rows.updateCaller(arn, caller));

        tasks.advance(EVERY); // throttled: 500 ms
        assertThat(lookups.interval()).isEqualTo(Duration.ofMillis(500));
        tasks.advance(Duration.ofMillis(500)); // throttled: 1 s
        tasks.advance(Duration.ofSeconds(1)); // throttled: 2 s
        assertThat(lookups.interval()).isEqualTo(Duration.ofSeconds(2));
        tasks.advance(Duration.ofMillis(1_999));
        assertThat(described).hasSize(3);
        tasks.advance(Duration.ofMillis(1)); // answered: back to 250 ms
        assertThat(lookups.interval()).isEqualTo(EVERY);
        tasks.advance(EVERY);

        assertThat(described).containsExactly("arn:1", "arn:1", "arn:1", "arn:1", "arn:0");
    }

    @Test
    void anotherFailure_skipsThatExecution_andSlowsDown() {
        show(3);
        lookups.start(rows, arn -> {
            described.add(arn);
            if (arn.equals("arn:2")) {
                throw new IllegalStateException("ExecutionDoesNotExist");
            }
            return callerOf(arn);
        }, (arn, caller) -> rows.updateCaller(arn, caller));

        tasks.advance(Duration.ofSeconds(10));

        assertThat(described).containsExactly("arn:2", "arn:1", "arn:0");
        assertThat(rows.row("arn:2").caller().known()).isFalse();
    }

    @Test
    void stop_endsTheLookups() {
        show(10);
        start();
        tasks.advance(EVERY);

        lookups.stop();
        lookups.wake();
        tasks.advance(Duration.ofSeconds(10));

        assertThat(described).containsExactly("arn:9");
        assertThat(tasks.pendingScheduled()).isZero();
    }

    private void start() {
        lookups.start(rows, arn -> {
            described.add(arn);
            return callerOf(arn);
        }, (arn, caller) -> rows.updateCaller(arn, caller));
    }

    /** {@code count} executions, newest ({@code arn:<count-1>}) first, as ListExecutions lists them. */
    private void show(int count) {
        rows.mergeNewest(page(count), Map.of());
    }

    private static ExecutionPage page(int count) {
        return new ExecutionPage(IntStream.range(0, count).map(i -> count - 1 - i)
                .mapToObj(i -> new ExecutionSummary("arn:" + i, "e-" + i, "SUCCEEDED", Instant.EPOCH.plusSeconds(i), Instant.EPOCH.plusSeconds(i + 1)))
                .toList(), null);
    }

    private static String callerOf(String arn) {
        return "+1800555" + String.format("%04d", Integer.parseInt(arn.substring(4)));
    }
}
