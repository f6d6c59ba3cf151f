package io.switchboard.desktop.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlayInputTest {
    @Test
    void callerNumber_saysWhatToFix() {
        assertThat(PlayInput.callerProblem("+18003569377")).isEmpty();
        assertThat(PlayInput.callerProblem("")).contains("E.164");
        assertThat(PlayInput.callerProblem("8003569377")).isEqualTo("Start the number with + and the country code, e.g. +18003569377.");
        assertThat(PlayInput.callerProblem("+1 800-356")).startsWith("Only digits after the +");
        assertThat(PlayInput.callerProblem("+0123")).contains("7 to 15 digits");
    }

    @Test
    void attributeLines_becomeAMap_andALineWithoutEqualsIsNamed() {
        assertThat(PlayInput.attributes("demo_fail=true\n\n demo_delay_ms = 400 ")).containsExactly(
                Map.entry("demo_fail", "true"), Map.entry("demo_delay_ms", "400"));
        assertThat(PlayInput.attributesProblem("demo_fail")).contains("'demo_fail'");
    }

    @Test
    void theShippedFlowsAreListed_stackFlowsFirst() {
        assertThat(ShippedFlows.names()).startsWith("vanity", "async-demo");
    }
}
