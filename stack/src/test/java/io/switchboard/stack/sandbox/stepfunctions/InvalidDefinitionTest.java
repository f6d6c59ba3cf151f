package io.switchboard.stack.sandbox.stepfunctions;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;

/** Definitions the sandbox cannot run are refused at CreateStateMachine, naming the state. */
class InvalidDefinitionTest {
    private final SfnFixture fixture = new SfnFixture(1.0);

    @AfterEach
    void close() {
        fixture.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "distributed Map | {\"Type\": \"Map\", \"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\"}, \"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true} | State 'Bad' is a DISTRIBUTED Map",
        "Parallel state | {\"Type\": \"Parallel\", \"Branches\": [], \"End\": true} | State 'Bad' has Type 'Parallel'",
        "unknown type | {\"Type\": \"Sleep\", \"End\": true} | State 'Bad' has Type 'Sleep'",
        "unknown resource | {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::sqs:sendMessage\", \"End\": true} | State 'Bad' uses Resource 'arn:aws:states:::sqs:sendMessage'",
        "unsupported intrinsic | {\"Type\": \"Pass\", \"Parameters\": {\"h.$\": \"States.Encrypt($.a)\"}, \"End\": true} | unsupported intrinsic function 'States.Encrypt'",
        "missing Next target | {\"Type\": \"Pass\", \"Next\": \"Nowhere\"} | State 'Bad' transitions to 'Nowhere'",
        "bad JSONPath | {\"Type\": \"Pass\", \"InputPath\": \"$.items[?(@.a =~ /x/)]\", \"End\": true} | State 'Bad' 'InputPath': unsupported JSONPath",
        "indefinite ResultPath | {\"Type\": \"Pass\", \"ResultPath\": \"$.items[*]\", \"End\": true} | 'ResultPath' must be a reference path",
        "Next and End | {\"Type\": \"Pass\", \"Next\": \"Bad\", \"End\": true} | State 'Bad' must have exactly one of 'Next' or 'End: true'",
        "unsupported field | {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"HeartbeatSeconds\": 5, \"End\": true} | Field 'HeartbeatSeconds' in state 'Bad'",
        "choice operator | {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.a\", \"StringContains\": \"x\", \"Next\": \"Bad\"}]} | State 'Bad' unsupported choice operator 'StringContains'",
        "States.ALL not last | {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true, \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"]}, {\"ErrorEquals\": [\"X\"]}]} | State 'Bad' uses States.ALL in Retry"
    })
    void createStateMachine_refusesWithAMessageNamingTheProblem(String title, String state, String expected) {
        String definition = "{\"StartAt\": \"Bad\", \"States\": {\"Bad\": " + state + "}}";

        assertThatThrownBy(() -> fixture.createMachine(definition))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void createStateMachine_refusesJsonataAndUnreachableStates() {
        assertThatThrownBy(() -> fixture.createMachine("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}"))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("JSONata");
        assertThatThrownBy(() -> fixture.createMachine("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}, \"B\": {\"Type\": \"Succeed\"}}}"))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("State 'B' is not reachable");
        assertThatThrownBy(() -> fixture.createMachine("not json"))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("not valid JSON");
    }
}
