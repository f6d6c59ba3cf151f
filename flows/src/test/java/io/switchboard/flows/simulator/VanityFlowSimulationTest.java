package io.switchboard.flows.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.TestFlows;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VanityFlowSimulationTest {

    private static final String QUEUE = "arn:aws:connect:eu-west-2:111122223333:instance/i/queue/q-1";

    private final FlowDocument flow = FlowDocument.fromClasspath("vanity", TestFlows.ARNS);
    private final ManualClock clock = new ManualClock();
    private final SimulationOptions options = SimulationOptions.defaults().withTimeScale(0).withClock(clock);

    @Test
    void okCall_speaksTheSsmlPromptWithFlowers_thenSaysGoodbye() {
        CallTranscript call = new FlowSimulator(new FakeVanityFunction(), options)
                .simulate(flow, SimulatedContact.inbound(FakeVanityFunction.FLOWERS_CALLER));

        assertThat(call.heard()).anyMatch(h -> h.contains("Your best vanity number is 1 8 0 0 FLOWERS. [pause 0.5s]"));
        assertThat(call.heard()).last().isEqualTo("Thank you for calling. Goodbye.");
        assertThat(call.finalAttributes()).containsEntry("vanity1", "1-800-FLOWERS").containsEntry("count", "3");
        assertThat(call.ending()).isEqualTo(new CallEnding(EndingKind.DISCONNECTED, "hang-up", "", false));
        assertThat(call.warnings()).isEmpty();
    }

    @Test
    void withheldNumber_explainsWeCouldNotReadIt() {
        CallTranscript call = new FlowSimulator(new FakeVanityFunction(), options)
                .simulate(flow, SimulatedContact.inbound("anonymous"));

        assertThat(call.visited("say-invalid-number")).isTrue();
        assertThat(call.heard()).anyMatch(h -> h.contains("could not read your phone number") && h.contains("withheld"));
        assertThat(call.ending().kind()).isEqualTo(EndingKind.DISCONNECTED);
    }

    @Test
    void numberWithoutWords_explainsThereIsNoVanityNumber() {
        CallTranscript call = new FlowSimulator(new FakeVanityFunction(), options)
                .simulate(flow, SimulatedContact.inbound(FakeVanityFunction.NO_WORDS_CALLER));

        assertThat(call.heard()).anyMatch(h -> h.contains("no vanity number for you"));
    }

    @Test
    void lambdaError_apologisesThroughTheErrorBranch() {
        LambdaInvoker broken = (arn, event) -> {
            throw new LambdaInvocationException("Unhandled: NullPointerException");
        };

        CallTranscript call = new FlowSimulator(broken, options).simulate(flow, SimulatedContact.inbound("+18003569377"));

        assertThat(call.visited("say-lambda-error")).isTrue();
        assertThat(call.lambdaCalls()).singleElement().extracting(LambdaCall::outcome).isEqualTo(LambdaCallOutcome.INVOCATION_FAILED);
        assertThat(call.ending().kind()).isEqualTo(EndingKind.DISCONNECTED);
        assertThat(call.ending().throughErrorBranch()).isTrue();
    }

    @Test
    void lambdaStatusError_apologises() {
        LambdaInvoker erroring = (arn, event) -> "{\"status\":\"ERROR\",\"reason\":\"dictionary missing\"}";

        CallTranscript call = new FlowSimulator(erroring, options).simulate(flow, SimulatedContact.inbound("+18003569377"));

        assertThat(call.visited("say-lambda-error")).isTrue();
        assertThat(call.ending().throughErrorBranch()).isFalse();
    }

    @Test
    void queueConfigured_transfersInsteadOfHangingUp() {
        CallTranscript call = new FlowSimulator(new FakeVanityFunction(), options)
                .simulate(flow, SimulatedContact.inbound(FakeVanityFunction.FLOWERS_CALLER).withAttribute("transfer_queue_arn", QUEUE));

        assertThat(call.ending()).isEqualTo(new CallEnding(EndingKind.TRANSFERRED_TO_QUEUE, "transfer-to-queue", QUEUE, false));
        assertThat(call.heard()).noneMatch(h -> h.contains("Goodbye"));
    }

    @Test
    void queueConfiguredAtDeploy_transfersThere_whenTheContactNamesNone() {
        CallTranscript call = new FlowSimulator(new FakeVanityFunction(QUEUE), options)
                .simulate(flow, SimulatedContact.inbound(FakeVanityFunction.FLOWERS_CALLER));

        assertThat(call.visited("set-configured-queue")).isTrue();
        assertThat(call.ending()).isEqualTo(new CallEnding(EndingKind.TRANSFERRED_TO_QUEUE, "transfer-to-queue", QUEUE, false));
    }

    @Test
    void queueNamedByTheContact_winsOverTheDeployTimeQueue() {
        String other = "arn:aws:connect:eu-west-2:111122223333:instance/i/queue/q-2";
        CallTranscript call = new FlowSimulator(new FakeVanityFunction(QUEUE), options)
                .simulate(flow, SimulatedContact.inbound(FakeVanityFunction.FLOWERS_CALLER).withAttribute("transfer_queue_arn", other));

        assertThat(call.visited("set-configured-queue")).isFalse();
        assertThat(call.ending()).isEqualTo(new CallEnding(EndingKind.TRANSFERRED_TO_QUEUE, "transfer-to-queue", other, false));
    }

    @Test
    void noQueueAnywhere_saysGoodbyeAndHangsUp() {
        CallTranscript call = new FlowSimulator(new FakeVanityFunction(""), options)
                .simulate(flow, SimulatedContact.inbound(FakeVanityFunction.FLOWERS_CALLER));

        assertThat(call.visited("set-configured-queue")).isFalse();
        assertThat(call.heard()).last().asString().contains("Goodbye");
        assertThat(call.ending().kind()).isEqualTo(EndingKind.DISCONNECTED);
    }

    @Test
    void queueAtCapacity_tellsTheCallerAndHangsUp() {
        CallTranscript call = new FlowSimulator(new FakeVanityFunction(), options.withQueueAtCapacity(QUEUE))
                .simulate(flow, SimulatedContact.inbound(FakeVanityFunction.FLOWERS_CALLER).withAttribute("transfer_queue_arn", QUEUE));

        assertThat(call.visited("say-queue-full")).isTrue();
        assertThat(call.ending().kind()).isEqualTo(EndingKind.DISCONNECTED);
    }

    @Test
    void event_hasConnectsShape_likeTheSampleEvent() throws Exception {
        FakeVanityFunction function = new FakeVanityFunction();
        SimulatedContact contact = SimulatedContact.inbound(FakeVanityFunction.FLOWERS_CALLER)
                .withContactId("5b1c7a9e-3f42-4d1a-9a0e-2c6f8d4b7e11").withAttribute("origin", "test");

        new FlowSimulator(function, options).simulate(flow, contact);

        JsonNode sent = function.events.get(0);
        JsonNode sample;
        try (InputStream in = getClass().getResourceAsStream("/connect-events/vanity-call.json")) {
            sample = new ObjectMapper().readTree(in);
        }
        assertThat(fieldPaths(sent)).containsAll(fieldPaths(sample).stream()
                .filter(p -> !p.contains("PreviousContactId") && !p.contains("MediaStreams")).toList());
        assertThat(sent.path("Name").asText()).isEqualTo("ContactFlowEvent");
        JsonNode data = sent.path("Details").path("ContactData");
        assertThat(data.path("CustomerEndpoint").path("Address").asText()).isEqualTo(FakeVanityFunction.FLOWERS_CALLER);
        assertThat(data.path("ContactId").asText()).isEqualTo("5b1c7a9e-3f42-4d1a-9a0e-2c6f8d4b7e11");
        assertThat(data.path("Channel").asText()).isEqualTo("VOICE");
        assertThat(data.path("Attributes").path("origin").asText()).isEqualTo("test");
        assertThat(function.events).hasSize(1);
    }

    @Test
    void deadAir_isTheTimeSpentWaitingOnTheLambda() {
        LambdaInvoker slowish = (arn, event) -> {
            clock.advance(Duration.ofMillis(1500));
            return new FakeVanityFunction().invoke(arn, event);
        };

        CallTranscript call = new FlowSimulator(slowish, options).simulate(flow, SimulatedContact.inbound(FakeVanityFunction.FLOWERS_CALLER));

        assertThat(call.deadAir()).isEqualTo(Duration.ofMillis(1500));
        TranscriptStep lambda = call.steps().stream().filter(s -> s.kind() == StepKind.LAMBDA).findFirst().orElseThrow();
        TranscriptStep welcome = call.steps().stream().filter(s -> s.actionId().equals("say-welcome")).findFirst().orElseThrow();
        assertThat(lambda.start()).isEqualTo(welcome.start().plus(welcome.duration()));
        assertThat(call.totalDuration()).isGreaterThan(Duration.ofMillis(1500));
    }

    @Test
    void defaultTimeScale_reallyWaitsOutEachPrompt() {
        ManualClock waited = new ManualClock();
        CallTranscript call = new FlowSimulator(new FakeVanityFunction(), SimulationOptions.defaults().withClock(waited))
                .simulate(flow, SimulatedContact.inbound(FakeVanityFunction.FLOWERS_CALLER));

        assertThat(waited.now()).isEqualTo(call.totalDuration());
    }

    private static List<String> fieldPaths(JsonNode node) {
        List<String> paths = new ArrayList<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, List<String> paths) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (prefix.endsWith("Attributes") || prefix.endsWith("Parameters")) {
                continue; // user data, differs per call
            }
            String path = prefix + "/" + name;
            paths.add(path);
            collect(node.get(name), path, paths);
        }
    }
}
