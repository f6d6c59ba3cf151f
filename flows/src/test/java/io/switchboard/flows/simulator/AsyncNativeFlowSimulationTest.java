package io.switchboard.flows.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.flows.FlowDocument;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped flows/async-native.json played through Connect's native asynchronous Lambda mode. */
class AsyncNativeFlowSimulationTest {

    private static final String LOOKUP = "arn:aws:lambda:eu-west-2:111122223333:function:switchboard-slow-lookup:live";
    private static final String HOLD = "Please hold while we look up your balance.";

    private final ManualClock clock = new ManualClock();
    private final FlowDocument flow = FlowDocument.fromClasspath("async-native", Map.of("SlowLookupFunctionArn", LOOKUP));

    private CallTranscript play(LambdaInvoker lookup) {
        return new FlowSimulator(lookup, SimulationOptions.defaults().withTimeScale(0).withClock(clock))
                .simulate(flow, SimulatedContact.inbound("+18003569377"));
    }

    private LambdaInvoker answersAfter(long seconds, String response) {
        return (arn, event) -> {
            clock.advance(Duration.ofSeconds(seconds));
            return response;
        };
    }

    @Test
    void lookupAnsweringWithinTheMinute_readsTheNestedAccountType_andTheHoldPromptCoversPartOfTheWait() {
        CallTranscript call = play(answersAfter(12, "{\"balance_spoken\":\"42 dollars\",\"account\":{\"type\":\"checking\"}}"));

        assertThat(call.heard()).containsExactly(HOLD,
                "Your checking account balance is 42 dollars. Thank you for calling. Goodbye.");
        Duration hold = call.steps().stream().filter(s -> s.description().equals(HOLD)).findFirst().orElseThrow().duration();
        assertThat(call.deadAir()).isEqualTo(Duration.ofSeconds(12).minus(hold));
        assertThat(call.lambdaCalls()).singleElement().satisfies(c -> {
            assertThat(c.functionArn()).isEqualTo(LOOKUP);
            assertThat(c.outcome()).isEqualTo(LambdaCallOutcome.OK);
        });
        assertThat(call.ending().kind()).isEqualTo(EndingKind.DISCONNECTED);
    }

    @Test
    void lookupFailing_apologisesForTheLookup() {
        CallTranscript call = play((arn, event) -> {
            throw new LambdaInvocationException("Unhandled: balance service down");
        });

        assertThat(call.heard()).last().isEqualTo("Sorry, we could not get your balance this time. Please try again later. Goodbye.");
    }

    @Test
    void lookupPastTheMinute_saysItIsTakingTooLong_afterAMinuteOnHold() {
        CallTranscript call = play(answersAfter(90, "{\"balance_spoken\":\"42 dollars\"}"));

        assertThat(call.heard()).last().isEqualTo("Sorry, this is taking too long. Please try again later. Goodbye.");
        Duration hold = call.steps().stream().filter(s -> s.description().equals(HOLD)).findFirst().orElseThrow().duration();
        assertThat(call.deadAir()).isEqualTo(Duration.ofSeconds(60).minus(hold));
    }
}
