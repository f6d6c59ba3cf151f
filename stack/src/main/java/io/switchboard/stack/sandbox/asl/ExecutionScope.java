package io.switchboard.stack.sandbox.asl;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;

/** What state runners share within one execution. */
record ExecutionScope(ExecutionIdentity identity, ExecutionHistory history, Clock clock, TaskResources resources,
                      ExecutorService taskPool, String region, double delayScale) {

    Instant now() {
        return clock.instant();
    }

    /** Waits (Wait states, retry intervals); interrupted when the execution is stopped or times out. */
    void sleep(long millis) throws InterruptedException {
        long scaled = Math.round(millis * delayScale);
        if (scaled > 0) {
            Thread.sleep(scaled);
        }
    }
}
