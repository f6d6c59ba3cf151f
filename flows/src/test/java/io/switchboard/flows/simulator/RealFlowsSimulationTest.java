package io.switchboard.flows.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.RealFlows;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real, deployed flow in ../shared/connect-flows plays to an outcome with no script at all: the
 * caller silent, hours open, an agent available, and Lambdas not routed (each answers its error branch).
 */
class RealFlowsSimulationTest {

    private static final LambdaInvoker NOT_ROUTED = (arn, event) -> {
        throw new LambdaInvocationException("no function routed for " + arn);
    };

    static List<Path> realFlows() {
        return RealFlows.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realFlows")
    void realFlow_withNoScript_playsToAnOutcome(Path file) {
        CallTranscript call = play(file, Surroundings.defaults());

        System.out.println(file.getFileName() + ": " + call.ending().kind().outcome() + " at '" + call.ending().actionId()
                + "' (" + call.ending().detail() + ") after " + call.steps().size() + " steps");
        assertThat(call.ending().kind().outcome())
                .as(file.getFileName() + "\n" + TranscriptRenderer.render(call))
                .isNotIn("UNSUPPORTED_ACTION", "SIMULATION_ERROR");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realFlows")
    void realFlow_withTheOtherRealFlowsAsItsLibrary_playsToAnOutcome(Path file) {
        FlowLibrary library = FlowLibrary.of(file.getParent());

        CallTranscript call = play(file, Surroundings.defaults().withFlows(library));

        assertThat(call.ending().kind().outcome())
                .as(file.getFileName() + "\n" + TranscriptRenderer.render(call))
                .isNotIn("UNSUPPORTED_ACTION", "SIMULATION_ERROR");
    }

    static CallTranscript play(Path file, Surroundings surroundings) {
        SimulationOptions options = SimulationOptions.defaults().withTimeScale(0).withClock(new ManualClock())
                .withCaller(CallerScript.silent()).withSurroundings(surroundings);
        return new FlowSimulator(NOT_ROUTED, options).simulate(FlowDocument.fromFile(file), SimulatedContact.inbound("+18003569377"));
    }
}
