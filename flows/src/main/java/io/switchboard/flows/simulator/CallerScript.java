package io.switchboard.flows.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * What the caller does, in order. Each GetParticipantInput or ConnectParticipantWithLexBot takes the
 * next input; once the script is used up the caller stays silent (the block's timeout / no-match branch).
 */
public record CallerScript(List<CallerInput> inputs) {

    public CallerScript {
        inputs = List.copyOf(inputs);
    }

    /** A caller who never presses or says anything. */
    public static CallerScript silent() {
        return new CallerScript(List.of());
    }

    public static CallerScript of(List<CallerInput> inputs) {
        return new CallerScript(inputs);
    }

    public static CallerScript of(CallerInput... inputs) {
        return new CallerScript(List.of(inputs));
    }

    /** One DTMF entry per argument, e.g. {@code dtmf("1", "1234#")}. */
    public static CallerScript dtmf(String... entries) {
        List<CallerInput> inputs = new ArrayList<>();
        for (String entry : entries) {
            inputs.add(new CallerInput.Dtmf(entry));
        }
        return new CallerScript(inputs);
    }

    /**
     * One input per entry as a user types it ({@link CallerInput#parse}): {@code parse(List.of("1", "say:sales",
     * "intent:Billing{account=42}", "silence"))}.
     *
     * @throws IllegalArgumentException naming the entry that is wrong
     */
    public static CallerScript parse(List<String> entries) {
        List<CallerInput> inputs = new ArrayList<>();
        for (String entry : entries) {
            inputs.add(CallerInput.parse(entry));
        }
        return new CallerScript(inputs);
    }

    /** This script followed by {@code input}. */
    public CallerScript then(CallerInput input) {
        List<CallerInput> more = new ArrayList<>(inputs);
        more.add(input);
        return new CallerScript(more);
    }
}
