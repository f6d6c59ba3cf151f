package io.switchboard.desktop.executions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ElapsedTextTest {

    @Test
    void listAndTimelineWriteDurationsOneWay() {
        assertThat(ElapsedText.of(Duration.ofMillis(450))).isEqualTo("0.45 s");
        assertThat(ElapsedText.of(Duration.ofMillis(4_054))).isEqualTo("4.05 s");
        assertThat(ElapsedText.of(Duration.ofMillis(20_009))).isEqualTo("20.01 s");
        assertThat(ElapsedText.of(Duration.ofSeconds(125))).isEqualTo("2 min 05 s");
    }
}
