package io.switchboard.flows.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.TestFlows;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TranscriptRendererTest {

    @Test
    void render_showsTimedLinesTotalsDeadAirAndWarnings() {
        ManualClock clock = new ManualClock();
        LambdaInvoker function = (arn, event) -> {
            clock.advance(Duration.ofMillis(700));
            return "{\"status\":\"OK\",\"prompt_ssml\":\"<speak>Hi <say-as interpret-as=\\\"characters\\\">42</say-as></speak>\","
                    + "\"count\":\"1\",\"vanity1\":\"x\",\"vanity2\":\"\",\"vanity3\":\"\"}";
        };
        CallTranscript call = new FlowSimulator(function, SimulationOptions.defaults().withTimeScale(0).withClock(clock))
                .simulate(FlowDocument.fromClasspath("vanity", TestFlows.ARNS), SimulatedContact.inbound("+15550100"));

        String text = TranscriptRenderer.render(call);

        assertThat(text).startsWith("[00:00.0] log-on: flow logging Enabled\n");
        assertThat(text).contains("] Caller hears: \"Hi 4 2\" (1.2 s)");
        assertThat(text).contains("Lambda switchboard-vanity:live OK (status=OK), caller waits 0.7 s in silence");
        assertThat(text).contains("Ending: DISCONNECTED at 'hang-up'");
        assertThat(text).contains("dead air: 0.7 s over 1 Lambda call(s)");
    }

    @Test
    void render_listsWarnings() {
        CallTranscript call = new FlowSimulator((arn, e) -> "{\"status\":1}", SimulationOptions.defaults().withTimeScale(0))
                .simulate(FlowDocument.fromClasspath("vanity", TestFlows.ARNS), SimulatedContact.inbound("+15550100"));

        assertThat(TranscriptRenderer.render(call)).contains("Warnings:\n  - action 'get-vanity': Lambda switchboard-vanity:live NOT_A_STRING_MAP");
    }

    @Test
    void clock_formatsMinutesSecondsTenths() {
        assertThat(TranscriptRenderer.clock(Duration.ofMillis(61_230))).isEqualTo("01:01.2");
    }
}
