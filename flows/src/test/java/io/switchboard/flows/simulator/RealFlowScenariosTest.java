package io.switchboard.flows.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.RealFlows;
import org.junit.jupiter.api.Test;

/** Real, deployed flows played with a scripted caller and surroundings: the branches a user would check. */
class RealFlowScenariosTest {

    private static CallTranscript play(String file, CallerScript caller, Surroundings surroundings) {
        SimulationOptions options = SmallFlows.fast().withCaller(caller).withSurroundings(surroundings);
        LambdaInvoker notRouted = (arn, event) -> {
            throw new LambdaInvocationException("not routed: " + arn);
        };
        return new FlowSimulator(notRouted, options).simulate(FlowDocument.fromFile(RealFlows.file(file)), SmallFlows.CALLER);
    }

    private static final String QUEUE_TRANSFER = "connect-default__default_queue_transfer.json";

    @Test
    void defaultQueueTransfer_openAndStaffed_transfersToTheQueue() {
        CallTranscript call = play(QUEUE_TRANSFER, CallerScript.silent(), Surroundings.defaults());

        assertThat(call.heard()).containsExactly("Now transferring your call.");
        assertThat(call.ending().kind()).isEqualTo(EndingKind.TRANSFERRED_TO_QUEUE);
    }

    @Test
    void defaultQueueTransfer_outOfHours_saysSoAndHangsUp() {
        CallTranscript call = play(QUEUE_TRANSFER, CallerScript.silent(), Surroundings.defaults().withHours(HoursOfOperation.alwaysClosed()));

        assertThat(call.heard()).containsExactly("We are currently out of hours. Goodbye.");
        assertThat(call.ending().kind()).isEqualTo(EndingKind.DISCONNECTED);
    }

    @Test
    void defaultQueueTransfer_noAgentStaffed_saysSoAndHangsUp() {
        CallTranscript call = play(QUEUE_TRANSFER, CallerScript.silent(), Surroundings.defaults().withQueueMetrics(QueueMetrics.unstaffed()));

        assertThat(call.heard()).containsExactly("There are currently no agents staffed. Goodbye.");
    }

    @Test
    void sampleRecordingBehavior_pressingOne_recordsAgentAndCustomer() {
        CallTranscript call = play("connect-sample__sample_recording_behavior.json", CallerScript.dtmf("1"), Surroundings.defaults());

        assertThat(call.steps()).filteredOn(s -> s.kind() == StepKind.SETTING).extracting(TranscriptStep::description)
                .contains("recording: agent and customer (both sides of the conversation)");
        assertThat(call.ending().kind()).isEqualTo(EndingKind.TRANSFERRED_TO_FLOW);
    }

    @Test
    void sampleInterruptibleQueue_noAgent_callerAsksForACallbackAndEntersTheirNumber() {
        CallTranscript call = play("connect-sample__sample_interruptible_queue_flow_with_callback.json", CallerScript.dtmf("1", "2065550123#"),
                Surroundings.defaults().withQueueMetrics(QueueMetrics.unstaffed()));

        assertThat(call.steps()).extracting(TranscriptStep::description)
                .contains("callback number: +12065550123")
                .anyMatch(d -> d.startsWith("callback to +12065550123 queued"));
        assertThat(call.ending().kind().outcome()).isNotIn("UNSUPPORTED_ACTION", "SIMULATION_ERROR");
    }

    @Test
    void acmeMain_financeIntent_runsTheModule_thenTheQueueTransferFlow_intoTheFinanceQueue() {
        FlowLibrary acme = FlowLibrary.of(RealFlows.sharedFolder().resolve("connect-flows"));
        SimulationOptions options = SmallFlows.fast().withCaller(CallerScript.of(new CallerInput.Intent("Finance")))
                .withSurroundings(Surroundings.defaults().withFlows(acme));
        LambdaInvoker exampleFunction = (arn, event) -> "{}";

        CallTranscript call = new FlowSimulator(exampleFunction, options)
                .simulate(FlowDocument.fromFile(RealFlows.file("acme-terraform__acme_main_AUTO.json")), SmallFlows.CALLER);

        assertThat(call.steps()).extracting(TranscriptStep::description)
                .anyMatch(d -> d.startsWith("invokes flow module") && d.contains("acme_contact_flow_module_AUTO"))
                .anyMatch(d -> d.startsWith("transfers to flow") && d.contains("acme_queue_transfer_AUTO"));
        assertThat(call.ending().kind()).isEqualTo(EndingKind.TRANSFERRED_TO_QUEUE);
        assertThat(call.ending().detail()).contains("finance");
    }

    @Test
    void acmeMain_saysItsSsmlWelcomeWithoutASpeakRoot() {
        CallTranscript call = play("acme-terraform__acme_main_AUTO.json", CallerScript.silent(), Surroundings.defaults());

        assertThat(call.heard()).contains("Welcome to ACME corporation");
    }
}
