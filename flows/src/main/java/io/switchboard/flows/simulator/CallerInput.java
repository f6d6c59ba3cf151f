package io.switchboard.flows.simulator;

import java.util.Map;

/** One thing the caller does when a flow asks for input (GetParticipantInput, ConnectParticipantWithLexBot). */
public sealed interface CallerInput {

    /** Keys pressed on the keypad, e.g. {@code "1"} or {@code "4111111111111111#"}. */
    record Dtmf(String digits) implements CallerInput {
        public Dtmf {
            digits = digits == null ? "" : digits;
        }
    }

    /** Words spoken to a Lex bot; the simulator matches them against the flow's intent names. */
    record Utterance(String text) implements CallerInput {
        public Utterance {
            text = text == null ? "" : text;
        }
    }

    /** What a Lex bot recognised: an intent and its slots. */
    record Intent(String name, Map<String, String> slots) implements CallerInput {
        public Intent {
            slots = slots == null ? Map.of() : Map.copyOf(slots);
        }

        public Intent(String name) {
            this(name, Map.of());
        }
    }

    /** The caller says and presses nothing until the block times out. */
    record Silence() implements CallerInput {
    }

    /** A short human description for the transcript. */
    default String describe() {
        if (this instanceof Dtmf d) {
            return "presses " + d.digits();
        }
        if (this instanceof Utterance u) {
            return "says \"" + u.text() + "\"";
        }
        if (this instanceof Intent i) {
            return "intent " + i.name() + (i.slots().isEmpty() ? "" : " " + i.slots());
        }
        return "stays silent";
    }
}
