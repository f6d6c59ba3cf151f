package io.switchboard.stack.sandbox.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** An execution can be redriven for 14 days after it stopped, and not after (AWS's redrivable period). */
class RedrivablePeriodTest {
    private static final String FAILS = "{\"StartAt\": \"F\", \"States\": {\"F\": {\"Type\": \"Fail\", \"Error\": \"E\", \"Cause\": \"c\"}}}";

    /** A clock the test moves forward by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T09:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        synchronized void advance(Duration by) {
            now = now.plus(by);
        }
    }

    @Test
    void failedExecution_redrivableUntilFourteenDaysAfterItsStop_thenRefusedWithAwsReason() throws Exception {
        MovableClock clock = new MovableClock();
        try (ExecutionEngine engine = new ExecutionEngine(TaskResources.of(), "eu-west-2", clock, 1.0)) {
            StateMachineDefinition definition = new DefinitionParser(resource -> true).parse(FAILS);
            Execution execution = engine.start(new ExecutionIdentity("arn:aws:states:eu-west-2:000000000000:execution:m:e", "e",
                    "arn:aws:states:eu-west-2:000000000000:stateMachine:m", "m", "role", AslJson.parse("{}"), clock.instant()), definition);
            assertThat(execution.awaitClosed(Duration.ofSeconds(10))).isTrue();

            clock.advance(Duration.ofDays(14));
            assertThat(execution.notRedrivableReason()).isNull();

            clock.advance(Duration.ofMinutes(1));
            assertThat(execution.notRedrivableReason()).isEqualTo("Execution redrivable period exceeded");
            assertThatThrownBy(() -> engine.redrive(execution)).isInstanceOf(Execution.NotRedrivable.class)
                    .hasMessage("Execution redrivable period exceeded");
            assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        }
    }
}
