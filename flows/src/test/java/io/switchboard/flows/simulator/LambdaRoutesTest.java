package io.switchboard.flows.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.TestFlows;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LambdaRoutesTest {

    private static final String VANITY_ARN = TestFlows.ARNS.get("VanityFunctionArn");
    private final ManualClock clock = new ManualClock();
    private final SimulationOptions options = SimulationOptions.defaults().withTimeScale(0).withClock(clock);
    private final FlowDocument vanity = FlowDocument.fromClasspath("vanity", TestFlows.ARNS);

    @Test
    void keys_matchTheFullArn_theFunctionName_orNameWithQualifier() {
        assertThat(LambdaRoutes.matches(VANITY_ARN, VANITY_ARN)).isTrue();
        assertThat(LambdaRoutes.matches("switchboard-vanity", VANITY_ARN)).isTrue();
        assertThat(LambdaRoutes.matches("switchboard-vanity:live", VANITY_ARN)).isTrue();
        assertThat(LambdaRoutes.matches("arn:aws:lambda:eu-west-2:111122223333:function:switchboard-vanity", VANITY_ARN)).isTrue();

        assertThat(LambdaRoutes.matches("switchboard-vanity:prod", VANITY_ARN)).isFalse();
        assertThat(LambdaRoutes.matches("switchboard", VANITY_ARN)).isFalse();
        assertThat(LambdaRoutes.matches("arn:aws:lambda:us-east-1:111122223333:function:switchboard-vanity", VANITY_ARN)).isFalse();
    }

    @Test
    void routedCall_goesToTheNamedFunction_andUnroutedCallsToTheFallback() throws Exception {
        List<String> called = new ArrayList<>();
        LambdaInvoker recorder = (arn, event) -> {
            called.add(arn);
            return "{}";
        };
        LambdaRoutes routes = LambdaRoutes.to(recorder).routeTo("switchboard-vanity", "sandbox-vanity", recorder).build();

        routes.invoke(VANITY_ARN, "{}");
        routes.invoke("arn:aws:lambda:eu-west-2:111122223333:function:other", "{}");

        assertThat(called).containsExactly("sandbox-vanity", "arn:aws:lambda:eu-west-2:111122223333:function:other");
        assertThat(routes.unmatchedRoutes()).isEmpty();
    }

    @Test
    void routeThatNoCallMatches_isReported() throws Exception {
        LambdaRoutes routes = LambdaRoutes.to((arn, event) -> "{}").mock("vanity", LambdaMock.result("{}"), clock).build();

        routes.invoke(VANITY_ARN, "{}");

        assertThat(routes.unmatchedRoutes()).containsExactly("vanity");
    }

    @Test
    void mockedResult_isWhatTheCallerHears() {
        LambdaMock flowers = LambdaMock.fromJson("""
                {"result": {"status": "OK", "vanity1": "1-800-FLOWERS", "vanity2": "", "vanity3": "", "count": "1",
                            "prompt_ssml": "<speak>Your number spells FLOWERS.</speak>", "transfer_queue_arn": ""}}
                """);
        LambdaRoutes routes = LambdaRoutes.to(failing()).mock("switchboard-vanity", flowers, clock).build();

        CallTranscript call = new FlowSimulator(routes, options).simulate(vanity, SimulatedContact.inbound("+18003569377"));

        assertThat(call.heard()).contains("Your number spells FLOWERS.");
        assertThat(call.finalAttributes()).containsEntry("vanity1", "1-800-FLOWERS");
    }

    @Test
    void mockedError_takesTheErrorBranch() {
        LambdaRoutes routes = LambdaRoutes.to(failing())
                .mock(VANITY_ARN, LambdaMock.fromJson("{\"error\": \"Unhandled: NullPointerException\"}"), clock).build();

        CallTranscript call = new FlowSimulator(routes, options).simulate(vanity, SimulatedContact.inbound("+18003569377"));

        assertThat(call.visited("say-lambda-error")).isTrue();
        assertThat(call.lambdaCalls()).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(LambdaCallOutcome.INVOCATION_FAILED);
            assertThat(c.detail()).contains("Unhandled: NullPointerException");
        });
    }

    @Test
    void mockedDelay_isDeadAirOnTheSimulationClock_withoutRealWaiting() {
        LambdaMock slow = LambdaMock.fromJson("{\"result\": {\"status\": \"NO_VANITY\"}, \"delayMs\": 2500}");
        LambdaRoutes routes = LambdaRoutes.to(failing()).mock("switchboard-vanity:live", slow, clock).build();

        long started = System.nanoTime();
        CallTranscript call = new FlowSimulator(routes, options).simulate(vanity, SimulatedContact.inbound("+18003569377"));

        assertThat(call.deadAir()).isEqualTo(Duration.ofMillis(2500));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void mockedDelayOverTheBlockLimit_timesOut() {
        LambdaMock tooSlow = LambdaMock.result("{\"status\":\"OK\"}").after(Duration.ofSeconds(9));
        LambdaRoutes routes = LambdaRoutes.to(failing()).mock("switchboard-vanity", tooSlow, clock).build();

        CallTranscript call = new FlowSimulator(routes, options).simulate(vanity, SimulatedContact.inbound("+18003569377"));

        assertThat(call.lambdaCalls()).singleElement().extracting(LambdaCall::outcome).isEqualTo(LambdaCallOutcome.TIMED_OUT);
        assertThat(call.deadAir()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void oneShotMocks_answerInTurn_thenCallsGoBackToNormal() throws Exception {
        LambdaRoutes routes = LambdaRoutes.to((arn, event) -> "{\"who\":\"real\"}")
                .mockOnce("switchboard-vanity", LambdaMock.result("{\"who\":\"first\"}"), clock)
                .mockOnce("switchboard-vanity", LambdaMock.result("{\"who\":\"second\"}"), clock)
                .build();

        assertThat(routes.unusedOneShots()).containsEntry("switchboard-vanity", 2);
        assertThat(routes.invoke(VANITY_ARN, "{}")).contains("first");
        assertThat(routes.invoke(VANITY_ARN, "{}")).contains("second");
        assertThat(routes.invoke(VANITY_ARN, "{}")).contains("real");
        assertThat(routes.unusedOneShots()).isEmpty();
    }

    @Test
    void mockFile_withNeitherOrBothAnswers_isRefusedWithAClearMessage() {
        assertThatThrownBy(() -> LambdaMock.fromJson("{\"delayMs\": 10}")).hasMessageContaining("exactly one of \"result\" and \"error\"");
        assertThatThrownBy(() -> LambdaMock.fromJson("{\"result\": {}, \"error\": \"x\"}")).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> LambdaMock.fromJson("{\"error\": \"x\", \"delayMs\": -1}")).hasMessageContaining("delayMs");
        assertThatThrownBy(() -> LambdaMock.fromJson("not json")).hasMessageContaining("must be JSON");
    }

    @Test
    void commandLineArgument_isARouteOrAMockFile() {
        assertThat(LambdaRouteArgument.parse("switchboard-vanity=VanityFunction"))
                .isEqualTo(new LambdaRouteArgument("switchboard-vanity", "VanityFunction", null));
        assertThat(LambdaRouteArgument.parse(VANITY_ARN + "=@mocks/flowers.json"))
                .isEqualTo(new LambdaRouteArgument(VANITY_ARN, null, "mocks/flowers.json"));
        assertThatThrownBy(() -> LambdaRouteArgument.parse("vanity")).hasMessageContaining("ARN_OR_NAME=FUNCTION");
        assertThatThrownBy(() -> LambdaRouteArgument.parse("vanity=@")).hasMessageContaining("mock file");
    }

    private static LambdaInvoker failing() {
        return (arn, event) -> {
            throw new AssertionError("not routed: " + arn);
        };
    }
}
