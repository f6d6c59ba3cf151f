package io.switchboard.flows.simulator;

import static io.switchboard.flows.simulator.SmallFlows.act;
import static io.switchboard.flows.simulator.SmallFlows.flow;
import static io.switchboard.flows.simulator.SmallFlows.next;
import static io.switchboard.flows.simulator.SmallFlows.onError;
import static io.switchboard.flows.simulator.SmallFlows.play;
import static io.switchboard.flows.simulator.SmallFlows.say;
import static io.switchboard.flows.simulator.SmallFlows.when;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.RealFlows;
import io.switchboard.flows.TestFlows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leaving a flow: to a queue, an agent, a number, another flow or module; ending queue and whisper flows. */
class TransfersSimulationTest {

    private static final String FLOW_ARN = "arn:aws:connect:us-east-1:111122223333:instance/i/contact-flow/0f1e2d3c";

    @TempDir
    Path folder;

    private static FlowDocument transferTo(String flowId) {
        ObjectNode hello = next(TestFlows.message("hello", "Transferring you.", null), "transfer");
        ObjectNode transfer = act("transfer", "TransferToFlow", "{\"ContactFlowId\":\"" + flowId + "\"}");
        onError(transfer, "NoMatchingError", "say-error");
        return flow(hello, transfer, say("say-error", "The transfer failed."));
    }

    @Test
    void transferToFlow_withoutAFlowsFolder_endsTransferredToFlow() {
        CallTranscript call = play(transferTo(FLOW_ARN));

        assertThat(call.heard()).containsExactly("Transferring you.");
        assertThat(call.ending().kind()).isEqualTo(EndingKind.TRANSFERRED_TO_FLOW);
        assertThat(call.ending().detail()).isEqualTo(FLOW_ARN);
    }

    @Test
    void transferToFlow_foundInTheFlowsFolderById_continuesInThatFlow() throws IOException {
        writeDescribeRecord("billing.json", "Billing", FLOW_ARN, TestFlows.message("hi", "Welcome to billing.", "bye").toString());

        CallTranscript call = play(transferTo(FLOW_ARN), Surroundings.defaults().withFlows(FlowLibrary.of(folder)));

        assertThat(call.heard()).containsExactly("Transferring you.", "Welcome to billing.");
        assertThat(call.ending().kind()).isEqualTo(EndingKind.DISCONNECTED);
    }

    @Test
    void transferToFlow_intoARealFlowNamedByATerraformPlaceholder_continuesThere() {
        FlowDocument lambdaSample = FlowDocument.fromFile(RealFlows.file("connect-sample__sample_lambda_integration.json"));
        FlowLibrary realFlows = FlowLibrary.of(RealFlows.sharedFolder().resolve("connect-flows"));

        CallTranscript call = SmallFlows.play(lambdaSample, SmallFlows.fast().withSurroundings(Surroundings.defaults().withFlows(realFlows)));

        assertThat(call.heard()).anyMatch(words -> words.startsWith("Press 1 to be put in queue for an agent."));
    }

    @Test
    void invokeFlowModule_runsTheModuleAndComesBackAtEndFlowModuleExecution() throws IOException {
        ObjectNode moduleSays = TestFlows.message("m-hello", "Inside the module.", "m-end");
        ObjectNode moduleEnd = act("m-end", "EndFlowModuleExecution", "{}");
        writeFlow("greeting-module.json", "Greeting module", moduleSays, moduleEnd);
        ObjectNode invoke = next(act("module", "InvokeFlowModule", "{\"FlowModuleId\":\"Greeting module\"}"), "after");
        onError(invoke, "NoMatchingError", "say-error");

        CallTranscript call = play(flow(invoke, say("after", "Back in the main flow."), say("say-error", "Error.")),
                Surroundings.defaults().withFlows(FlowLibrary.of(folder)));

        assertThat(call.heard()).containsExactly("Inside the module.", "Back in the main flow.");
        assertThat(call.ending().kind()).isEqualTo(EndingKind.DISCONNECTED);
    }

    @Test
    void invokeFlowModule_notInTheSimulation_endsTransferredToFlow() {
        ObjectNode invoke = next(act("module", "InvokeFlowModule", "{\"FlowModuleId\":\"missing-module\"}"), "after");

        CallTranscript call = play(flow(invoke, say("after", "Back.")));

        assertThat(call.ending().kind()).isEqualTo(EndingKind.TRANSFERRED_TO_FLOW);
        assertThat(call.heard()).isEmpty();
    }

    @Test
    void endFlowModuleExecution_withNothingToReturnTo_endsTheFlow() {
        ObjectNode end = act("end", "EndFlowModuleExecution", "{}");

        assertThat(play(flow(end)).ending().kind()).isEqualTo(EndingKind.ENDED);
    }

    @Test
    void endFlowExecution_inAWhisperFlow_endsTheFlowAfterTheWhisper() {
        ObjectNode whisper = next(TestFlows.message("whisper", "Call from the sales queue.", null), "end");
        CallTranscript call = play(flow(whisper, act("end", "EndFlowExecution", "{}")));

        assertThat(call.heard()).containsExactly("Call from the sales queue.");
        assertThat(call.ending().kind().outcome()).isEqualTo("ENDED");
    }

    @Test
    void endFlowExecution_inAnInboundFlow_disconnectsAsConnectDocuments() throws IOException {
        ObjectNode end = act("end", "EndFlowExecution", "{}");
        Path file = writeFlowTyped("inbound.json", "contactFlow", TestFlows.message("hi", "Goodbye.", "end"), end);

        CallTranscript call = SmallFlows.play(FlowDocument.fromFile(file));

        assertThat(call.ending().kind()).isEqualTo(EndingKind.DISCONNECTED);
    }

    @Test
    void whisperFlowRunningOutOfActions_endsTheFlow() throws IOException {
        ObjectNode whisper = TestFlows.message("whisper", "Call from the sales queue.", null);
        Path file = writeFlowTyped("whisper.json", "agentWhisper", whisper);

        CallTranscript call = SmallFlows.play(FlowDocument.fromFile(file));

        assertThat(call.heard()).containsExactly("Call from the sales queue.");
        assertThat(call.ending().kind()).isEqualTo(EndingKind.ENDED);
    }

    @Test
    void transferContactToAgent_endsTransferredToAgent() {
        CallTranscript call = play(flow(TestFlows.message("hi", "Connecting you to your agent.", "agent"),
                act("agent", "TransferContactToAgent", "{}")));

        assertThat(call.heard()).containsExactly("Connecting you to your agent.");
        assertThat(call.ending().kind()).isEqualTo(EndingKind.TRANSFERRED_TO_AGENT);
    }

    private static FlowDocument thirdParty(String number, String resume) {
        ObjectNode transfer = act("dial", "TransferParticipantToThirdParty", "{\"ThirdPartyPhoneNumber\":\"" + number
                + "\",\"ThirdPartyConnectionTimeLimitSeconds\":\"30\",\"ContinueFlowExecution\":\"" + resume + "\"}");
        next(transfer, "say-back");
        onError(transfer, "CallFailed", "say-failed");
        onError(transfer, "NoMatchingError", "say-failed");
        return flow(transfer, say("say-back", "Welcome back."), say("say-failed", "We could not connect you."));
    }

    @Test
    void transferParticipantToThirdParty_endsTransferredToNumber() {
        CallTranscript call = play(thirdParty("+442071234567", "False"));

        assertThat(call.ending().kind()).isEqualTo(EndingKind.TRANSFERRED_TO_NUMBER);
        assertThat(call.ending().detail()).isEqualTo("+442071234567");
    }

    @Test
    void transferParticipantToThirdParty_resumingAfterTheCall_continuesTheFlow() {
        assertThat(play(thirdParty("+442071234567", "True")).heard()).containsExactly("Welcome back.");
    }

    @Test
    void transferParticipantToThirdParty_notANumber_takesCallFailed() {
        assertThat(play(thirdParty("12345", "False")).heard()).containsExactly("We could not connect you.");
    }

    @Test
    void dequeueContactAndTransferToQueue_endsInTheNewQueue() {
        String queue = "arn:aws:connect:us-east-1:111122223333:instance/i/queue/escalations";
        ObjectNode move = act("move", "DequeueContactAndTransferToQueue", "{\"QueueId\":\"" + queue + "\"}");
        onError(move, "NoMatchingError", "bye");

        CallTranscript call = play(flow(move));

        assertThat(call.ending().kind()).isEqualTo(EndingKind.TRANSFERRED_TO_QUEUE);
        assertThat(call.ending().detail()).isEqualTo(queue);
    }

    private static FlowDocument queueMusic() {
        ObjectNode loop = act("loop", "MessageParticipantIteratively",
                "{\"InterruptFrequencySeconds\":\"30\",\"Messages\":[{\"Text\":\"Your call is important to us.\"},{\"Text\":\"Please hold.\"}]}");
        when(loop, "Equals", "MessagesInterrupted", "offer");
        ObjectNode offer = TestFlows.message("offer", "Still waiting? Stay on the line.", "loop");
        return flow(loop, offer);
    }

    @Test
    void messageParticipantIteratively_withAnAgentAvailable_playsThePromptsOnceThenTheAgentAnswers() {
        CallTranscript call = play(queueMusic());

        assertThat(call.heard()).containsExactly("Your call is important to us.", "Please hold.");
        assertThat(call.ending().kind()).isEqualTo(EndingKind.ENDED);
    }

    @Test
    void messageParticipantIteratively_withNoAgent_isInterruptedEveryFrequencyThenStopsWaiting() {
        CallTranscript call = play(queueMusic(), Surroundings.defaults().withQueueMetrics(QueueMetrics.unstaffed()));

        assertThat(call.heard()).filteredOn(w -> w.startsWith("Still waiting")).hasSize(MessageParticipantIterativelyExecutor.MAX_ROUNDS);
        assertThat(call.steps()).filteredOn(s -> s.description().startsWith("interrupted after 30 s")).isNotEmpty();
        assertThat(call.ending().kind()).isEqualTo(EndingKind.ENDED);
    }

    @Test
    void transferContactToQueue_atCapacity_takesQueueAtCapacity() {
        String queue = "arn:aws:connect:us-east-1:111122223333:instance/i/queue/full";
        ObjectNode set = next(act("queue", "UpdateContactTargetQueue", "{\"QueueId\":\"" + queue + "\"}"), "transfer");
        ObjectNode transfer = act("transfer", "TransferContactToQueue", "{}");
        onError(transfer, "QueueAtCapacity", "say-full");
        onError(transfer, "NoMatchingError", "say-error");

        CallTranscript call = SmallFlows.play(flow(set, transfer, say("say-full", "All lines are busy."), say("say-error", "Error.")),
                SmallFlows.fast().withQueueAtCapacity(queue));

        assertThat(call.heard()).containsExactly("All lines are busy.");
    }

    private void writeDescribeRecord(String file, String name, String arn, String startActionJson) throws IOException {
        ObjectNode content = flowJson(TestFlows.JSON.readTree(startActionJson).deepCopy(), null);
        ObjectNode record = TestFlows.JSON.createObjectNode();
        record.putObject("ContactFlow").put("Arn", arn).put("Id", arn.substring(arn.lastIndexOf('/') + 1))
                .put("Name", name).put("Content", content.toString());
        Files.writeString(folder.resolve(file), record.toPrettyString());
    }

    private void writeFlow(String file, String name, ObjectNode... actions) throws IOException {
        ObjectNode flow = flowJson(actions[0], null, actions);
        ((ObjectNode) flow.get("Metadata")).put("name", name);
        Files.writeString(folder.resolve(file), flow.toPrettyString());
    }

    private Path writeFlowTyped(String file, String type, ObjectNode... actions) throws IOException {
        ObjectNode flow = flowJson(actions[0], type, actions);
        Path path = folder.resolve(file);
        Files.writeString(path, flow.toPrettyString());
        return path;
    }

    private static ObjectNode flowJson(ObjectNode start, String type, ObjectNode... more) {
        ObjectNode flow = TestFlows.JSON.createObjectNode();
        flow.put("Version", "2019-10-30");
        flow.put("StartAction", start.get("Identifier").asText());
        ObjectNode metadata = flow.putObject("Metadata");
        if (type != null) {
            metadata.put("type", type);
        }
        var actions = flow.putArray("Actions");
        if (more.length == 0) {
            actions.add(start);
        }
        for (ObjectNode action : more) {
            actions.add(action);
        }
        actions.add(TestFlows.disconnect("bye"));
        return flow;
    }
}
