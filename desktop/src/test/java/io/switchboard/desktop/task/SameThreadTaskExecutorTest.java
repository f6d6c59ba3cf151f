package io.switchboard.desktop.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameThreadTaskExecutorTest {
    private final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();

    @Test
    void submit_deliversResultOrFailure_andReportsProgress() {
        List<String> seen = new ArrayList<>();
        TaskHandle handle = tasks.submit("work", progress -> {
            progress.update(0.5, "half");
            return "done";
        }, seen::add, failure -> seen.add("failed"));
        tasks.<String>submit("broken", progress -> {
            throw new IllegalStateException("boom");
        }, seen::add, failure -> seen.add("failed: " + failure.getMessage()));

        assertThat(seen).containsExactly("done", "failed: boom");
        assertThat(handle.progress().get()).isEqualTo(0.5);
        assertThat(handle.message().get()).isEqualTo("half");
    }

    @Test
    void streamingWork_deliversEachItemInOrder_beforeTheResult() {
        List<String> seen = new ArrayList<>();
        tasks.submit("stream", (Progress progress, java.util.function.Consumer<String> publish) -> {
            publish.accept("first");
            publish.accept("second");
            return "done";
        }, seen::add, seen::add, failure -> seen.add("failed"));

        assertThat(seen).containsExactly("first", "second", "done");
    }

    @Test
    void schedule_runsWhenDue_unlessCancelled() {
        List<String> seen = new ArrayList<>();
        tasks.schedule(Duration.ofSeconds(5), () -> seen.add("five"));
        TaskHandle cancelled = tasks.schedule(Duration.ofSeconds(1), () -> seen.add("one"));
        cancelled.cancel();

        tasks.advance(Duration.ofSeconds(4));
        assertThat(seen).isEmpty();
        tasks.advance(Duration.ofSeconds(1));
        assertThat(seen).containsExactly("five");
    }
}
