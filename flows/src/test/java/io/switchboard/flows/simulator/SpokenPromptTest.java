package io.switchboard.flows.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.flows.ssml.InvalidSsmlException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SpokenPromptTest {

    @Test
    void text_takesAboutFourTenthsOfASecondPerWord() {
        SpokenPrompt prompt = SpokenPrompt.fromText("Thank you for calling.  Goodbye.");

        assertThat(prompt.heard()).isEqualTo("Thank you for calling. Goodbye.");
        assertThat(prompt.duration()).isEqualTo(Duration.ofMillis(2000));
    }

    @Test
    void ssml_spellsSayAsCharacters_speaksWords_andCountsBreaksAsWritten() {
        SpokenPrompt prompt = SpokenPrompt.fromSsml(
                "<speak>Call <say-as interpret-as=\"characters\">1800</say-as> FLOWERS<break time=\"1500ms\"/>"
                        + "<sub alias=\"thanks\">thx</sub></speak>");

        assertThat(prompt.heard()).isEqualTo("Call 1 8 0 0 FLOWERS [pause 1.5s] thanks");
        assertThat(prompt.duration()).isEqualTo(Duration.ofMillis(7 * 400 + 1500));
        assertThat(prompt.isSilence()).isFalse();
    }

    @Test
    void breakOnly_isSilence() {
        SpokenPrompt prompt = SpokenPrompt.fromSsml("<speak><break time=\"2s\"/></speak>");

        assertThat(prompt.isSilence()).isTrue();
        assertThat(prompt.duration()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void malformedSsml_isRejected() {
        assertThatThrownBy(() -> SpokenPrompt.fromSsml("<speak>unclosed")).isInstanceOf(InvalidSsmlException.class);
        assertThatThrownBy(() -> SpokenPrompt.fromSsml("Hello")).isInstanceOf(InvalidSsmlException.class);
    }
}
