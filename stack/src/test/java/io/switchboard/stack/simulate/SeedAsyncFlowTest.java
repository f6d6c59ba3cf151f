package io.switchboard.stack.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.simulator.CallTranscript;
import io.switchboard.flows.simulator.EndingKind;
import io.switchboard.flows.simulator.FlowSimulator;
import io.switchboard.flows.simulator.LambdaCallOutcome;
import io.switchboard.flows.simulator.LambdaInvoker;
import io.switchboard.flows.simulator.SimulatedContact;
import io.switchboard.flows.simulator.SimulationOptions;
import io.switchboard.stack.deploy.DeployListener;
import io.switchboard.stack.sandbox.Sandbox;
import io.switchboard.stack.sandbox.SandboxOptions;
import io.switchboard.stack.testing.SandboxClients;
import io.switchboard.stack.testing.SharedMaterial;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, part 5: seed A's own sample flow, unchanged, with its placeholder Lambda routed to
 * Switchboard's async wrapper in the sandbox. The flow starts once, saves {@code execution_id} once,
 * then polls with it (count from its own attribute, count_max 20, comfort every 5th poll) in a Loop
 * of 10, and branches on {@code sfn_result}.
 */
class SeedAsyncFlowTest {
    private static final String SEED_FLOW = "seed-async-wrapper__Sample-Async-Lambda.json";
    /** The Lambda ARN seed A's flow names (its author's placeholder function). */
    private static final String SEED_FUNCTION = "arn:aws:lambda:ap-southeast-2:012345678910:function:sfn_function";
    private static final String CALLER = "+447700900123";
    /** Prompts play at a fifth of their length: ten polls take about a second, the lookup 100 ms. */
    private static final SimulationOptions FAST = SimulationOptions.defaults().withTimeScale(0.2);

    private static Sandbox sandbox;
    private static SandboxClients clients;
    private static FlowDocument seedFlow;
    private static LambdaInvoker routed;

    @BeforeAll
    static void startSandbox() {
        seedFlow = FlowDocument.fromFile(SharedMaterial.connectFlow(SEED_FLOW));
        sandbox = Sandbox.start(SandboxOptions.inMemory().withParameters(Map.of("SlowLookupDelayMs", "100")), DeployListener.NONE);
        clients = new SandboxClients(sandbox);
        LambdaClientInvoker lambda = new LambdaClientInvoker(clients.lambda);
        String wrapper = sandbox.outputs().get("AsyncWrapperFunctionAliasArn");
        routed = (arn, event) -> lambda.invoke(SEED_FUNCTION.equals(arn) ? wrapper : arn, event);
    }

    @AfterAll
    static void stopSandbox() {
        if (clients != null) {
            clients.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void seedFlow_whenTheLookupSucceeds_tellsTheCallerItAllWorkedWell() {
        CallTranscript call = play(SimulatedContact.inbound(CALLER));

        assertThat(call.heard()).last().asString().contains("Look at that, it all worked well");
        assertThat(call.ending().kind()).isEqualTo(EndingKind.DISCONNECTED);
        assertThat(call.lambdaCalls()).as("no Lambda block took its error branch")
                .allMatch(lambdaCall -> lambdaCall.outcome() == LambdaCallOutcome.OK);
        assertThat(startsOf(call)).as("one execution started, then polled by its execution_id").isEqualTo(1);
    }

    @Test
    void seedFlow_whenTheLookupFails_tellsTheCallerTheFunctionFailed() {
        CallTranscript call = play(SimulatedContact.inbound(CALLER).withAttribute("demo_fail", "true"));

        assertThat(call.heard()).last().asString().contains("Oh dear, your called function failed!");
        assertThat(call.heard()).noneMatch(said -> said.contains("Look at that"));
        assertThat(startsOf(call)).isEqualTo(1);
    }

    @Test
    void seedFlow_whenTheLookupOutlastsItsLoop_tellsTheCallerThingsAreTakingTooLong() {
        CallTranscript call = play(SimulatedContact.inbound(CALLER).withAttribute("demo_delay_ms", "60000"));

        assertThat(call.heard()).last().asString().contains("Things are taking too long.");
        assertThat(call.heard()).anyMatch(said -> said.contains("Small comfort message."));
        assertThat(call.lambdaCalls()).as("the start and the loop's polls").hasSizeGreaterThan(10);
        assertThat(startsOf(call)).isEqualTo(1);
    }

    private static CallTranscript play(SimulatedContact contact) {
        return new FlowSimulator(routed, FAST).simulate(seedFlow, contact);
    }

    /** Calls the wrapper answered as a start (CREATED): a flow that restarts on every poll would show many. */
    private static long startsOf(CallTranscript call) {
        return call.lambdaCalls().stream().filter(c -> c.response() != null && c.response().contains("\"CREATED\"")).count();
    }
}
