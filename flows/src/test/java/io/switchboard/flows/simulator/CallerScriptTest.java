package io.switchboard.flows.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallerScriptTest {

    @Test
    void parse_readsEachKindOfInputAsAUserTypesIt() {
        CallerScript script = CallerScript.parse(List.of("1", "dtmf:2065550123#", "say:sales please",
                "intent:Billing{account=42, day=monday}", "intent:Goodbye", "silence"));

        assertThat(script.inputs()).containsExactly(new CallerInput.Dtmf("1"), new CallerInput.Dtmf("2065550123#"),
                new CallerInput.Utterance("sales please"), new CallerInput.Intent("Billing", Map.of("account", "42", "day", "monday")),
                new CallerInput.Intent("Goodbye"), new CallerInput.Silence());
    }

    @Test
    void parse_namesWhatIsWrong() {
        assertThatThrownBy(() -> CallerScript.parse(List.of("press 1"))).hasMessageContaining("'press 1' is not dtmf:KEYS");
        assertThatThrownBy(() -> CallerScript.parse(List.of("dtmf:12a"))).hasMessageContaining("keys are 0-9, * and #");
        assertThatThrownBy(() -> CallerScript.parse(List.of("intent:Billing{account}"))).hasMessageContaining("a slot is name=value");
    }

    @Test
    void dtmf_makesOneEntryPerArgument_andSilentIsEmpty() {
        assertThat(CallerScript.dtmf("1", "2#").inputs()).containsExactly(new CallerInput.Dtmf("1"), new CallerInput.Dtmf("2#"));
        assertThat(CallerScript.silent().inputs()).isEmpty();
    }
}
