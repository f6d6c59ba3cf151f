package io.switchboard.flows.simulator;

import static io.switchboard.flows.simulator.SmallFlows.CALLER;
import static io.switchboard.flows.simulator.SmallFlows.act;
import static io.switchboard.flows.simulator.SmallFlows.flow;
import static io.switchboard.flows.simulator.SmallFlows.next;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.TestFlows;
import org.junit.jupiter.api.Test;

/**
 * Seed B's defect: SSML delivered through a dynamic {@code Text} prompt. Connect reads the tags out
 * loud; the transcript shows what the caller hears and warns about it.
 */
class DynamicSsmlInTextTest {

    private static final String SSML = "<speak>Your number spells <say-as interpret-as=\"characters\">FLOWERS</say-as></speak>";

    private static CallTranscript play(String parameter) {
        ObjectNode lookup = next(act("lookup", "InvokeLambdaFunction",
                "{\"LambdaFunctionARN\":\"arn:aws:lambda:us-east-1:111122223333:function:vanity\"}"), "speak");
        ObjectNode speak = act("speak", "MessageParticipant", "{\"" + parameter + "\":\"$.External.prompt\"}");
        next(speak, "bye");
        FlowDocument flow = flow(lookup, speak);
        LambdaInvoker vanity = (arn, event) -> TestFlows.JSON.createObjectNode().put("prompt", SSML).toString();
        return new FlowSimulator(vanity, SmallFlows.fast()).simulate(flow, CALLER);
    }

    @Test
    void textPromptResolvingToSsml_callerHearsTheTags_andTheTranscriptWarns() {
        CallTranscript call = play("Text");

        assertThat(call.heard()).containsExactly(SSML);
        assertThat(call.warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("action 'speak'")
                .contains("resolves to SSML at run time ($.External.prompt)")
                .contains("reads the tags out"));
        assertThat(TranscriptRenderer.render(call)).contains("resolves to SSML at run time");
    }

    @Test
    void sameAnswerInTheSsmlParameter_isSpokenAsSpeech() {
        CallTranscript call = play("SSML");

        assertThat(call.heard()).containsExactly("Your number spells F L O W E R S");
        assertThat(call.warnings()).noneMatch(w -> w.contains("SSML"));
    }
}
