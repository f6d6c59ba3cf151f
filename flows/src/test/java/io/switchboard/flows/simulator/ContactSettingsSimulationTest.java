package io.switchboard.flows.simulator;

import static io.switchboard.flows.simulator.SmallFlows.act;
import static io.switchboard.flows.simulator.SmallFlows.flow;
import static io.switchboard.flows.simulator.SmallFlows.next;
import static io.switchboard.flows.simulator.SmallFlows.onError;
import static io.switchboard.flows.simulator.SmallFlows.play;
import static io.switchboard.flows.simulator.SmallFlows.say;
import static io.switchboard.flows.simulator.SmallFlows.stepsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.TestFlows;
import org.junit.jupiter.api.Test;

/** Settings the caller does not hear, shown as the state they leave the contact in; the call goes on. */
class ContactSettingsSimulationTest {

    /** The setting, then "Done." and hang up. */
    private static CallTranscript playSetting(String type, String parameters) {
        ObjectNode setting = next(act("setting", type, parameters), "done");
        onError(setting, "NoMatchingError", "say-error");
        return play(flow(setting, say("done", "Done."), say("say-error", "Error.")));
    }

    private static void assertShown(CallTranscript call, String state) {
        assertThat(stepsOf(call, "setting")).containsExactly(state);
        assertThat(call.steps()).filteredOn(s -> s.actionId().equals("setting")).allMatch(s -> s.kind() == StepKind.SETTING);
        assertThat(call.heard()).containsExactly("Done.");
    }

    @Test
    void updateContactRecordingBehavior_showsWhoIsRecorded() {
        assertShown(playSetting("UpdateContactRecordingBehavior", "{\"RecordingBehavior\":{\"RecordedParticipants\":[\"Agent\",\"Customer\"]}}"),
                "recording: agent and customer (both sides of the conversation)");
        assertShown(playSetting("UpdateContactRecordingBehavior", "{\"RecordingBehavior\":{\"RecordedParticipants\":[]}}"), "recording: off");
    }

    @Test
    void updateContactMediaStreamingBehavior_showsTheStreamState() {
        assertShown(playSetting("UpdateContactMediaStreamingBehavior", "{\"MediaStreamingState\":\"Enabled\",\"MediaStreamType\":\"Audio\","
                + "\"Participants\":[{\"ParticipantType\":\"Customer\",\"MediaDirections\":[\"From\",\"To\"]}]}"),
                "media streaming: Enabled (customer from/to)");
    }

    @Test
    void updateContactRoutingBehavior_showsPriorityAndAge() {
        assertShown(playSetting("UpdateContactRoutingBehavior", "{\"QueuePriority\":\"1\"}"), "routing: QueuePriority=1");
        assertShown(playSetting("UpdateContactRoutingBehavior", "{\"QueueTimeAdjustmentSeconds\":\"600\"}"),
                "routing: QueueTimeAdjustmentSeconds=600");
    }

    @Test
    void updateContactEventHooks_showsTheHookedFlowWithReferencesResolved() {
        ObjectNode remember = next(act("remember", "UpdateFlowAttributes",
                "{\"FlowAttributes\":{\"queueFlow\":{\"Value\":\"arn:aws:connect:::contact-flow/hold-music\"}}}"), "setting");
        ObjectNode hooks = next(act("setting", "UpdateContactEventHooks", "{\"EventHooks\":{\"CustomerQueue\":\"$.FlowAttributes.queueFlow\"}}"), "done");

        CallTranscript call = play(flow(remember, hooks, say("done", "Done.")));

        assertThat(stepsOf(call, "setting")).containsExactly("event hooks: CustomerQueue flow → arn:aws:connect:::contact-flow/hold-music");
    }

    @Test
    void updateContactData_showsTheNewData() {
        assertShown(playSetting("UpdateContactData", "{\"Name\":\"Billing question\",\"LanguageCode\":\"en-GB\"}"),
                "contact data: Name=Billing question, LanguageCode=en-GB");
    }

    @Test
    void tagContact_andRecordingAndAnalytics_areShown() {
        assertShown(playSetting("TagContact", "{\"Tags\":{\"team\":\"billing\"}}"), "contact tags: Tags.team=billing");
        assertShown(playSetting("UpdateContactRecordingAndAnalyticsBehavior",
                "{\"RecordingBehavior\":{\"RecordedParticipants\":[\"Customer\"]}}"), "recording: customer only");
    }

    @Test
    void updatePreviousContactParticipantState_showsTheHold() {
        assertShown(playSetting("UpdatePreviousContactParticipantState", "{\"PreviousContactParticipantState\":\"AgentOnHold\"}"),
                "previous contact: AgentOnHold");
    }

    @Test
    void completeOutboundCall_placesTheCallAndGoesOn() {
        assertShown(playSetting("CompleteOutboundCall", "{\"CallerId\":{\"Number\":\"+18005550199\"}}"),
                "outbound call placed from +18005550199");
    }

    @Test
    void startVoiceIdStream_startsStreamingAndGoesOn() {
        assertShown(playSetting("StartVoiceIdStream", "{}"), "Voice ID: caller audio streamed for authentication");
    }

    /** Store a callback number from the keypad, set it, queue a callback. */
    private static CallTranscript callback(CallerScript caller) {
        ObjectNode queue = next(act("queue", "UpdateContactTargetQueue", "{\"QueueId\":\"arn:aws:connect:::queue/callbacks\"}"), "ask");
        ObjectNode ask = next(act("ask", "GetParticipantInput", "{\"Text\":\"Enter your number.\",\"StoreInput\":\"True\","
                + "\"InputValidation\":{\"PhoneNumberValidation\":{\"NumberFormat\":\"Local\",\"CountryCode\":\"US\"}}}"), "setting");
        ObjectNode number = next(act("setting", "UpdateContactCallbackNumber", "{\"CallbackNumber\":\"$.StoredCustomerInput\"}"), "create");
        onError(number, "InvalidCallbackNumber", "say-invalid");
        onError(number, "CallbackNumberNotDialable", "say-invalid");
        ObjectNode create = next(act("create", "CreateCallbackContact",
                "{\"InitialCallDelaySeconds\":\"5\",\"MaximumConnectionAttempts\":\"2\",\"RetryDelaySeconds\":\"600\"}"), "say-queued");
        onError(create, "NoMatchingError", "say-error");
        return play(flow(queue, ask, number, create, say("say-queued", "We will call you back."),
                say("say-invalid", "That number cannot be called."), say("say-error", "Error.")), caller);
    }

    @Test
    void updateContactCallbackNumber_andCreateCallbackContact_queueACallback() {
        CallTranscript call = callback(CallerScript.dtmf("2065550123#"));

        assertThat(stepsOf(call, "setting")).containsExactly("callback number: +12065550123");
        assertThat(stepsOf(call, "create")).singleElement().asString()
                .contains("callback to +12065550123 queued in arn:aws:connect:::queue/callbacks");
        assertThat(call.heard()).last().isEqualTo("We will call you back.");
    }

    @Test
    void updateContactCallbackNumber_withATimedOutEntry_takesInvalidCallbackNumber() {
        CallTranscript call = callback(CallerScript.silent());

        assertThat(call.heard()).last().isEqualTo("That number cannot be called.");
    }

    @Test
    void createCallbackContact_withNoQueue_takesTheErrorBranch() {
        ObjectNode create = next(act("create", "CreateCallbackContact", "{}"), "say-queued");
        onError(create, "NoMatchingError", "say-error");

        CallTranscript call = play(flow(create, say("say-queued", "Queued."), say("say-error", "No callback.")));

        assertThat(call.heard()).containsExactly("No callback.");
        assertThat(call.ending().throughErrorBranch()).isTrue();
    }

    @Test
    void voiceAndLoggingSettings_stillPlay() {
        ObjectNode voice = next(act("voice", "UpdateContactTextToSpeechVoice", "{\"TextToSpeechVoice\":\"Joanna\"}"), "done");
        CallTranscript call = play(flow(voice, TestFlows.message("done", "Hello.", "bye")));

        assertThat(stepsOf(call, "voice")).containsExactly("voice set to Joanna");
    }
}
