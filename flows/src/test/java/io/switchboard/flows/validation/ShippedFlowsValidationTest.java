package io.switchboard.flows.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.TestFlows;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The flows Switchboard deploys validate clean, with their placeholders and with real ARNs filled in. */
class ShippedFlowsValidationTest {

    private final FlowValidator validator = new FlowValidator();

    @ParameterizedTest
    @ValueSource(strings = {"vanity", "async-demo"})
    void shippedFlow_hasNoFinding(String name) {
        assertThat(validator.validate(FlowDocument.fromClasspath(name))).isEmpty();
        assertThat(validator.validate(FlowDocument.fromClasspath(name, TestFlows.ARNS))).isEmpty();
    }

    /**
     * The native asynchronous flow has no ERROR; its only findings are the two warnings that say the
     * Wait-on-Lambda and Load Lambda result blocks use a parameter the reference does not list (their
     * Flow Language is not published: decision 0014), so a user sees that it is unverified.
     */
    @org.junit.jupiter.api.Test
    void asyncNativeFlow_hasNoError_andSaysWhatIsUnverified() {
        var problems = validator.validate(FlowDocument.fromClasspath("async-native"));

        assertThat(problems).noneMatch(FlowProblem::isError);
        assertThat(problems).extracting(FlowProblem::message).allMatch(m -> m.contains("LambdaInvocationId")).hasSize(2);
    }
}
