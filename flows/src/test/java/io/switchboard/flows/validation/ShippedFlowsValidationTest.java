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
}
