package io.switchboard.lambdas.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExecutionNameTest {
    private static final String CONTACT = "9d2e4f60-1b7a-4c3e-8f5d-6a0b1c2d3e4f";

    @Test
    void of_contactAndStep_joinsThemWithADash() {
        assertThat(ExecutionName.of(CONTACT, "lookup")).isEqualTo(CONTACT + "-lookup");
    }

    @Test
    void of_withoutStep_usesMain() {
        assertThat(ExecutionName.of(CONTACT, null)).isEqualTo(CONTACT + "-main");
        assertThat(ExecutionName.of(CONTACT, " ")).isEqualTo(CONTACT + "-main");
    }

    @Test
    void of_charactersStepFunctionsRejects_areReplaced() {
        assertThat(ExecutionName.of("contact:1/2", "balance lookup#é")).isEqualTo("contact_1_2-balance_lookup__")
                .matches("[A-Za-z0-9_-]+");
    }

    @Test
    void of_longStep_isCutToEightyCharacters() {
        String name = ExecutionName.of(CONTACT, "s".repeat(100));

        assertThat(name).hasSize(80).startsWith(CONTACT + "-sss");
    }

    @Test
    void executionArn_isBuiltFromTheStateMachineArn() {
        assertThat(ExecutionName.executionArn("arn:aws:states:eu-west-2:111122223333:stateMachine:switchboard-async", "c-main"))
                .isEqualTo("arn:aws:states:eu-west-2:111122223333:execution:switchboard-async:c-main");
    }

    @Test
    void executionArn_fromSomethingElse_isRefused() {
        assertThatThrownBy(() -> ExecutionName.executionArn("arn:aws:lambda:eu-west-2:111122223333:function:f", "c"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isExecutionArn_acceptsExecutionsOnly() {
        assertThat(ExecutionName.isExecutionArn("arn:aws:states:eu-west-2:111122223333:execution:sm:" + CONTACT + "-lookup")).isTrue();
        assertThat(ExecutionName.isExecutionArn("arn:aws-cn:states:cn-north-1:111122223333:execution:sm:x")).isTrue();
        assertThat(ExecutionName.isExecutionArn("arn:aws:states:eu-west-2:111122223333:stateMachine:sm")).isFalse();
        assertThat(ExecutionName.isExecutionArn("1234")).isFalse();
        assertThat(ExecutionName.isExecutionArn(null)).isFalse();
    }
}
