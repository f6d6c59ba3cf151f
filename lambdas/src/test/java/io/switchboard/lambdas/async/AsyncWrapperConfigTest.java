package io.switchboard.lambdas.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AsyncWrapperConfigTest {
    private static final String SM = "arn:aws:states:us-east-1:123456789012:stateMachine:switchboard-async";

    @Test
    void from_withRequiredSettings_defaultsRetentionToADay() {
        assertThat(AsyncWrapperConfig.from(Map.of("STATE_MACHINE_ARN", SM, "RESULTS_TABLE", "results")))
                .isEqualTo(new AsyncWrapperConfig(SM, "results", 24));
    }

    @Test
    void from_withoutStateMachineArn_failsNamingIt() {
        assertThatThrownBy(() -> AsyncWrapperConfig.from(Map.of("RESULTS_TABLE", "results")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STATE_MACHINE_ARN is not set");
    }

    @Test
    void from_withAFunctionArnAsStateMachine_fails() {
        assertThatThrownBy(() -> AsyncWrapperConfig.from(Map.of("STATE_MACHINE_ARN", "arn:aws:lambda:us-east-1:123456789012:function:f",
                "RESULTS_TABLE", "results"))).hasMessageContaining("STATE_MACHINE_ARN must be a state machine ARN");
    }

    @Test
    void from_withoutResultsTable_failsNamingIt() {
        assertThatThrownBy(() -> AsyncWrapperConfig.from(Map.of("STATE_MACHINE_ARN", SM)))
                .hasMessageContaining("RESULTS_TABLE is not set");
    }

    @Test
    void from_badRetention_failsNamingIt() {
        assertThatThrownBy(() -> AsyncWrapperConfig.from(Map.of("STATE_MACHINE_ARN", SM, "RESULTS_TABLE", "r",
                "RESULT_RETENTION_HOURS", "a day"))).hasMessageContaining("RESULT_RETENTION_HOURS");
        assertThat(AsyncWrapperConfig.from(Map.of("STATE_MACHINE_ARN", SM, "RESULTS_TABLE", "r", "RESULT_RETENTION_HOURS", "2"))
                .retentionHours()).isEqualTo(2);
    }
}
