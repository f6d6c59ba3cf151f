package io.switchboard.flows.simulator;

import java.util.LinkedHashMap;
import java.util.Locale;
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

    /**
     * Reads one input as a user types it: {@code dtmf:12#} (or just {@code 12#}), {@code say:sales please},
     * {@code intent:Billing} or {@code intent:Billing{account=42,day=monday}}, {@code silence}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static CallerInput parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        int colon = trimmed.indexOf(':');
        String kind = colon < 0 ? trimmed.toLowerCase(Locale.ROOT) : trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = colon < 0 ? "" : trimmed.substring(colon + 1).strip();
        if (colon < 0 && trimmed.matches("[0-9*#]+")) {
            return new Dtmf(trimmed);
        }
        return switch (kind) {
            case "silence" -> new Silence();
            case "dtmf" -> {
                if (!value.matches("[0-9*#]+")) {
                    throw new IllegalArgumentException("keys are 0-9, * and #: '" + value + "'");
                }
                yield new Dtmf(value);
            }
            case "say" -> new Utterance(value);
            case "intent" -> intent(value);
            default -> throw new IllegalArgumentException("'" + trimmed + "' is not dtmf:KEYS, say:WORDS, intent:NAME{slot=value} or silence");
        };
    }

    private static Intent intent(String value) {
        int brace = value.indexOf('{');
        if (brace < 0) {
            if (value.isBlank()) {
                throw new IllegalArgumentException("intent: needs a name");
            }
            return new Intent(value);
        }
        if (!value.endsWith("}")) {
            throw new IllegalArgumentException("slots go in braces: intent:Name{slot=value}");
        }
        Map<String, String> slots = new LinkedHashMap<>();
        for (String pair : value.substring(brace + 1, value.length() - 1).split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("a slot is name=value: '" + pair.strip() + "'");
            }
            slots.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return new Intent(value.substring(0, brace).strip(), slots);
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
