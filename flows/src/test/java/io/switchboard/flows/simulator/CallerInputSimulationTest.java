package io.switchboard.flows.simulator;

import static io.switchboard.flows.simulator.SmallFlows.act;
import static io.switchboard.flows.simulator.SmallFlows.flow;
import static io.switchboard.flows.simulator.SmallFlows.onError;
import static io.switchboard.flows.simulator.SmallFlows.play;
import static io.switchboard.flows.simulator.SmallFlows.say;
import static io.switchboard.flows.simulator.SmallFlows.when;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.FlowDocument;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GetParticipantInput and ConnectParticipantWithLexBot driven by a CallerScript. */
class CallerInputSimulationTest {

    /** "Press 1 for sales, 2 for support" with every branch saying where it went. */
    private static FlowDocument menu() {
        ObjectNode ask = act("menu", "GetParticipantInput",
                "{\"Text\":\"Press 1 for sales, 2 for support.\",\"StoreInput\":\"False\",\"InputTimeLimitSeconds\":\"4\"}");
        when(ask, "Equals", "1", "say-sales");
        when(ask, "Equals", "2", "say-support");
        onError(ask, "InputTimeLimitExceeded", "say-timeout");
        onError(ask, "NoMatchingCondition", "say-invalid");
        onError(ask, "NoMatchingError", "say-error");
        return flow(ask, say("say-sales", "Sales."), say("say-support", "Support."), say("say-timeout", "We did not hear you."),
                say("say-invalid", "That is not an option."), say("say-error", "Something failed."));
    }

    @Test
    void getParticipantInput_keyMatchingACondition_takesItsBranch() {
        CallTranscript call = play(menu(), CallerScript.dtmf("2"));

        assertThat(call.heard()).containsExactly("Press 1 for sales, 2 for support.", "Support.");
        assertThat(call.ending().kind()).isEqualTo(EndingKind.DISCONNECTED);
    }

    @Test
    void getParticipantInput_keyWithNoOption_takesNoMatchingCondition() {
        CallTranscript call = play(menu(), CallerScript.dtmf("7"));

        assertThat(call.heard()).containsExactly("Press 1 for sales, 2 for support.", "That is not an option.");
    }

    @Test
    void getParticipantInput_silentCaller_waitsTheTimeLimitThenTakesInputTimeLimitExceeded() {
        CallTranscript call = play(menu(), CallerScript.silent());

        assertThat(call.heard()).containsExactly("Press 1 for sales, 2 for support.", "We did not hear you.");
        assertThat(call.steps()).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(StepKind.PAUSE);
            assertThat(s.duration()).isEqualTo(Duration.ofSeconds(4));
        });
    }

    @Test
    void getParticipantInput_spokenWordsToAKeypadBlock_countAsSilence() {
        CallTranscript call = play(menu(), CallerScript.of(new CallerInput.Utterance("sales please")));

        assertThat(call.heard()).last().isEqualTo("We did not hear you.");
    }

    @Test
    void getParticipantInput_terminationKeyEndsTheEntry() {
        CallTranscript call = play(menu(), CallerScript.dtmf("1#"));

        assertThat(call.heard()).last().isEqualTo("Sales.");
    }

    @Test
    void getParticipantInput_storeInput_keepsTheKeysForLaterBlocks() {
        ObjectNode ask = act("card", "GetParticipantInput", "{\"Text\":\"Enter your account number, then pound.\","
                + "\"StoreInput\":\"True\",\"InputTimeLimitSeconds\":\"6\",\"InputValidation\":{\"CustomValidation\":{\"MaximumLength\":\"6\"}}}");
        SmallFlows.next(ask, "read-back");
        onError(ask, "NoMatchingError", "say-error");
        ObjectNode readBack = io.switchboard.flows.TestFlows.message("read-back", "You entered $.StoredCustomerInput.", "bye");

        CallTranscript call = play(flow(ask, readBack, say("say-error", "Something failed.")), CallerScript.dtmf("12345678#"));

        assertThat(call.heard()).last().isEqualTo("You entered 123456.");
    }

    @Test
    void getParticipantInput_storeInputWithNoKeys_succeedsAndStoresTimeout() {
        ObjectNode ask = act("number", "GetParticipantInput", "{\"Text\":\"Enter a number.\",\"StoreInput\":\"True\"}");
        SmallFlows.next(ask, "read-back");
        ObjectNode readBack = io.switchboard.flows.TestFlows.message("read-back", "Stored $.StoredCustomerInput.", "bye");

        CallTranscript call = play(flow(ask, readBack), CallerScript.silent());

        assertThat(call.heard()).last().isEqualTo("Stored Timeout.");
    }

    @Test
    void getParticipantInput_phoneNumberValidation_acceptsALocalNumberAndRejectsAShortOne() {
        ObjectNode ask = act("callback", "GetParticipantInput", "{\"Text\":\"Enter the number to call back.\",\"StoreInput\":\"True\","
                + "\"InputValidation\":{\"PhoneNumberValidation\":{\"NumberFormat\":\"Local\",\"CountryCode\":\"US\"}}}");
        SmallFlows.next(ask, "read-back");
        onError(ask, "InvalidPhoneNumber", "say-invalid");
        ObjectNode readBack = io.switchboard.flows.TestFlows.message("read-back", "We will call $.StoredCustomerInput.", "bye");
        FlowDocument flow = flow(ask, readBack, say("say-invalid", "That number is not valid."));

        assertThat(play(flow, CallerScript.dtmf("2065550123#")).heard()).last().isEqualTo("We will call +12065550123.");
        assertThat(play(flow, CallerScript.dtmf("555#")).heard()).last().isEqualTo("That number is not valid.");
    }

    @Test
    void silentCaller_hangsUpAtTheThirdUnansweredPrompt_insteadOfLoopingForEver() {
        ObjectNode ask = act("again", "GetParticipantInput", "{\"Text\":\"Press 1.\",\"StoreInput\":\"False\"}");
        when(ask, "Equals", "1", "say-thanks");
        onError(ask, "InputTimeLimitExceeded", "again");
        onError(ask, "NoMatchingCondition", "again");

        CallTranscript call = play(flow(ask, say("say-thanks", "Thanks.")), CallerScript.silent());

        assertThat(call.heard()).containsExactly("Press 1.", "Press 1.", "Press 1.");
        assertThat(call.ending().kind().outcome()).isEqualTo("DISCONNECTED");
        assertThat(call.steps()).last().extracting(TranscriptStep::description).asString().contains("hangs up");
    }

    /** "Which department?" with Sales and Finance intents (as in the acme main flow). */
    private static FlowDocument lexMenu(String type) {
        ObjectNode bot = act("bot", type, "{\"Text\":\"Which department do you need?\",\"LexV2Bot\":{\"AliasArn\":"
                + "\"arn:aws:lex:us-east-1:111122223333:bot-alias/BOT/ALIAS\"}}");
        when(bot, "Equals", "Sales", "say-sales");
        when(bot, "Equals", "Finance", "say-finance");
        onError(bot, "NoMatchingCondition", "say-sorry");
        onError(bot, "NoMatchingError", "say-error");
        return flow(bot, say("say-sales", "Connecting you to sales."), say("say-finance", "Connecting you to finance."),
                say("say-sorry", "Sorry, I did not understand."), say("say-error", "Something failed."));
    }

    @Test
    void connectParticipantWithLexBot_scriptedIntent_takesThatIntentsBranch() {
        CallTranscript call = play(lexMenu("ConnectParticipantWithLexBot"),
                CallerScript.of(new CallerInput.Intent("Finance", Map.of("account", "42"))));

        assertThat(call.heard()).containsExactly("Which department do you need?", "Connecting you to finance.");
    }

    @Test
    void connectParticipantWithLexBot_utteranceNamingAnIntent_takesItsBranch() {
        CallTranscript call = play(lexMenu("ConnectParticipantWithLexBot"), CallerScript.of(new CallerInput.Utterance("sales, please")));

        assertThat(call.heard()).last().isEqualTo("Connecting you to sales.");
    }

    @Test
    void connectParticipantWithLexBot_noScript_takesTheNoMatchBranch() {
        CallTranscript call = play(lexMenu("ConnectParticipantWithLexBot"), CallerScript.silent());

        assertThat(call.heard()).last().isEqualTo("Sorry, I did not understand.");
    }

    @Test
    void getParticipantInputWithALexBot_unknownIntent_takesNoMatchingCondition() {
        CallTranscript call = play(lexMenu("GetParticipantInput"), CallerScript.of(new CallerInput.Intent("Billing")));

        assertThat(call.heard()).last().isEqualTo("Sorry, I did not understand.");
    }

    @Test
    void lexIntentAndSlots_canBeReadLater() {
        ObjectNode bot = act("bot", "ConnectParticipantWithLexBot", "{\"Text\":\"How can I help?\",\"LexV2Bot\":{\"AliasArn\":\"alias\"}}");
        when(bot, "Equals", "OrderPizza", "confirm");
        ObjectNode confirm = io.switchboard.flows.TestFlows.message("confirm", "One $.Lex.Slots.size pizza ($.Lex.IntentName).", "bye");

        CallTranscript call = play(flow(bot, confirm), CallerScript.of(List.of(new CallerInput.Intent("OrderPizza", Map.of("size", "large")))));

        assertThat(call.heard()).last().isEqualTo("One large pizza (OrderPizza).");
    }
}
