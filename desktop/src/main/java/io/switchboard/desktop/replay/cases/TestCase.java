package io.switchboard.desktop.replay.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A saved check: either an Invoke case (one function, one event) or a Play case (a whole flow for
 * one caller), with what must come out. Exactly one of {@code invoke} and {@code play} is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TestCase(String name, InvokeCase invoke, PlayCase play) {

    public TestCase {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A test case needs a name.");
        }
        if ((invoke == null) == (play == null)) {
            throw new IllegalArgumentException("A test case is either an Invoke case or a Play case.");
        }
    }

    public static TestCase of(String name, InvokeCase invoke) {
        return new TestCase(name.strip(), invoke, null);
    }

    public static TestCase of(String name, PlayCase play) {
        return new TestCase(name.strip(), null, play);
    }

    /** "Invoke Vanity" or "Play vanity", for the suite table. */
    public String kind() {
        return invoke != null ? "Invoke " + invoke.function() : "Play " + play.flow();
    }

    /**
     * @param function  the stack function by its Replay name ("Vanity", "Async wrapper")
     * @param expect    response keys that must have these values (e.g. status=OK); may be empty
     * @param maxMillis the longest the round trip may take, or {@code null} for no limit
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InvokeCase(String function, String event, Map<String, String> expect, Long maxMillis) {
        public InvokeCase {
            expect = expect == null ? Map.of() : Map.copyOf(expect);
        }
    }

    /**
     * @param expectEnding how the call must end (an {@code EndingKind} name), or {@code null} for any
     * @param expectHeard  words the caller must hear somewhere in the call (case-insensitive), or {@code null}
     * @param dtmf         what the caller presses, one entry per input block; empty: a silent caller
     * @param hoursClosed  {@code true} when the hours of operation are closed ({@code null}, as in older cases: open)
     * @param flowsFolder  where TransferToFlow finds its target flows, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlayCase(String flow, String caller, Map<String, String> attributes, boolean fast,
                           String expectEnding, String expectHeard, List<String> dtmf, Boolean hoursClosed, String flowsFolder) {
        public PlayCase {
            attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
            expectEnding = blankToNull(expectEnding);
            expectHeard = blankToNull(expectHeard);
            dtmf = dtmf == null || dtmf.isEmpty() ? null : List.copyOf(dtmf);
            hoursClosed = Boolean.TRUE.equals(hoursClosed) ? Boolean.TRUE : null;
            flowsFolder = blankToNull(flowsFolder);
        }

        /** A silent caller, hours open, no other flows. */
        public PlayCase(String flow, String caller, Map<String, String> attributes, boolean fast, String expectEnding, String expectHeard) {
            this(flow, caller, attributes, fast, expectEnding, expectHeard, null, null, null);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
