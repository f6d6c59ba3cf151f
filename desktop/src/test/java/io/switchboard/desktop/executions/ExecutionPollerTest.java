package io.switchboard.desktop.executions;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.task.SameThreadTaskExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExecutionPollerTest {
    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();

    @Test
    void pollsAtMostOncePerSecond_backsOffWhenThrottled_andRecovers() {
        AtomicInteger calls = new AtomicInteger();
        List<String> rendered = new ArrayList<>();
        ExecutionPoller<String> poller = new ExecutionPoller<>(tasks, Duration.ofSeconds(1), Duration.ofSeconds(8),
                failure -> failure.getMessage().equals("throttled"));
        poller.start(progress -> {
            int n = calls.incrementAndGet();
            if (n >= 2 && n <= 4) {
                throw new IllegalStateException("throttled");
            }
            return "page " + n;
        }, rendered::add, failure -> rendered.add("error"));

        tasks.advance(Duration.ofMillis(999));
        assertThat(calls).hasValue(1);
        tasks.advance(Duration.ofMillis(1)); // 2nd: throttled → 2 s
        assertThat(poller.interval()).isEqualTo(Duration.ofSeconds(2));
        tasks.advance(Duration.ofSeconds(2)); // 3rd: throttled → 4 s
        tasks.advance(Duration.ofSeconds(4)); // 4th: throttled → 8 s (cap)
        assertThat(poller.interval()).isEqualTo(Duration.ofSeconds(8));
        tasks.advance(Duration.ofSeconds(8)); // 5th: ok → back to 1 s
        assertThat(poller.interval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(rendered).containsExactly("page 1", "page 5");

        poller.stop();
        tasks.advance(Duration.ofSeconds(10));
        assertThat(calls).hasValue(5);
    }

    @Test
    void aRestartWhileAFetchIsOnItsWay_dropsTheOldAnswer_andPollsOnlyTheNewFetch() {
        List<String> fetched = new ArrayList<>();
        List<String> rendered = new ArrayList<>();
        ExecutionPoller<String> poller = new ExecutionPoller<>(tasks, Duration.ofSeconds(1), Duration.ofSeconds(8), failure -> false);
        // The user picks the FAILED filter while the RUNNING page is still being fetched.
        poller.start(progress -> {
            fetched.add("running");
            if (fetched.size() == 1) {
                poller.start(inner -> {
                    fetched.add("failed");
                    return "failed page";
                }, rendered::add, failure -> rendered.add("error"));
            }
            return "running page";
        }, rendered::add, failure -> rendered.add("error"));

        assertThat(rendered).containsExactly("failed page");
        tasks.advance(Duration.ofSeconds(3));
        assertThat(fetched).containsExactly("running", "failed", "failed", "failed", "failed");
        assertThat(rendered).containsOnly("failed page");
    }

    @Test
    void anAnswerArrivingAfterStop_isNotShown() {
        List<String> rendered = new ArrayList<>();
        ExecutionPoller<String> poller = new ExecutionPoller<>(tasks, Duration.ofSeconds(1), Duration.ofSeconds(8), failure -> false);

        poller.start(progress -> {
            poller.stop(); // the page is hidden while the fetch is on its way
            return "page";
        }, rendered::add, failure -> rendered.add("error"));
        tasks.advance(Duration.ofSeconds(5));

        assertThat(rendered).isEmpty();
        assertThat(tasks.pendingScheduled()).isZero();
    }

    @Test
    void timeline_spansEachStateFromEnteredToExited() {
        var t0 = java.time.Instant.parse("2026-01-01T00:00:00Z");
        var history = List.of(
                new io.switchboard.desktop.aws.ExecutionsGateway.ExecutionEvent(3, 2, "TaskStateExited", t0.plusSeconds(3), "Lookup", "{}"),
                new io.switchboard.desktop.aws.ExecutionsGateway.ExecutionEvent(2, 1, "TaskStateEntered", t0.plusSeconds(1), "Lookup", "{}"),
                new io.switchboard.desktop.aws.ExecutionsGateway.ExecutionEvent(1, 0, "ExecutionStarted", t0, null, "{}"));

        var spans = ExecutionTimeline.of(history);

        assertThat(spans).singleElement().satisfies(span -> {
            assertThat(span.state()).isEqualTo("Lookup");
            assertThat(Duration.between(span.start(), span.end())).isEqualTo(Duration.ofSeconds(2));
        });
    }
}
