package io.switchboard.desktop.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A page's late callback (a poll answered after the page closed its executor) runs nothing and throws nothing. */
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorClosedTest {

    @Test
    void afterClose_scheduleAndSubmit_returnCancelledHandles_andRunNothing() throws Exception {
        FxTaskExecutor tasks = new FxTaskExecutor();
        tasks.close();
        AtomicBoolean ran = new AtomicBoolean();

        TaskHandle scheduled = tasks.schedule(Duration.ZERO, () -> ran.set(true));
        TaskHandle submitted = tasks.submit("late work", progress -> {
            ran.set(true);
            return "";
        }, result -> ran.set(true), failure -> ran.set(true));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(scheduled.isCancelled()).isTrue();
        assertThat(submitted.isCancelled()).isTrue();
        assertThat(ran).isFalse();
        assertThat(tasks.activity()).isEmpty();
    }
}
