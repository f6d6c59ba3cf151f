package io.switchboard.desktop.executions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AsyncDemoStartsTest {

    @Test
    void attributes_forEightStarts_sixFinishWithinTwoSeconds_oneFails_theLastKeepsRunning() {
        Random random = new Random(7);
        for (int i = 0; i < 6; i++) {
            Map<String, String> attributes = AsyncDemoStarts.attributes(i, 8, random);
            assertThat(attributes).doesNotContainKey("demo_fail");
            assertThat(Integer.parseInt(attributes.get("demo_delay_ms"))).isBetween(300, 2000);
        }
        assertThat(AsyncDemoStarts.attributes(6, 8, random)).containsEntry("demo_fail", "true");
        assertThat(AsyncDemoStarts.attributes(7, 8, random)).containsEntry("demo_delay_ms", "60000");
    }

    @Test
    void attributes_forOneStart_itSucceeds() {
        assertThat(AsyncDemoStarts.attributes(0, 1, new Random(1))).doesNotContainKey("demo_fail").containsKey("demo_delay_ms");
    }
}
