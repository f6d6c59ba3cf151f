package io.switchboard.desktop.replay.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A saved check: either an Invoke case (one function, one event, expected response keys) or a Play
 * case (a whole flow for one caller, judged by a Connect testing-language {@code document}). Exactly
 * one of {@code invoke} and {@code play} is set. A Play case's {@code play} is its entry point only
 * (flow, caller, inputs); a Play case read without a document (saved before documents) has its
 * expectations turned into one here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TestCase(String name, InvokeCase invoke, PlayCase play, String document) {

    public TestCase {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A test case needs a name.");
        }
        if ((invoke == null) == (play == null)) {
            throw new IllegalArgumentException("A test case is either an Invoke case or a Play case.");
        }
        if (play != null) {
            if (document == null || document.isBlank()) {
                document = PlayDocument.from(name, play, play.expectEnding(), play.expectHeard());
            }
            play = play.entryOnly();
        } else {
            document = null;
        }
    }

    public static TestCase of(String name, InvokeCase invoke) {
        return new TestCase(name.strip(), invoke, null, null);
    }

    /** A Play case whose expectations (ending, a phrase heard) become its testing-language document. */
    public static TestCase of(String name, PlayCase play) {
        return new TestCase(name.strip(), null, play, null);
    }

    /** A Play case judged by a testing-language document (an imported one, or one read back). */
    public static TestCase of(String name, PlayCase entry, String document) {
        return new TestCase(name.strip(), null, entry, document);
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
     * A Play case's entry point; {@code expectEnding} and {@code expectHeard} are read only from cases
     * saved before testing-language documents (and from Play a call's fields), then written as the document.
     *
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

        /** The same call without expectations: what stays beside a document. */
        public PlayCase entryOnly() {
            return new PlayCase(flow, caller, attributes, fast, null, null, dtmf, hoursClosed, flowsFolder);
        }

        /** "vanity, caller +18003569377, keys 1, 2, hours closed", for a document's description. */
        public String describe() {
            return flow + ", caller " + caller + (dtmf == null ? "" : ", keys " + String.join(", ", dtmf))
                    + (attributes.isEmpty() ? "" : ", attributes " + new java.util.TreeMap<>(attributes))
                    + (Boolean.TRUE.equals(hoursClosed) ? ", hours closed" : "") + (fast ? ", fast" : "")
                    + (flowsFolder == null ? "" : ", flows in " + flowsFolder);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
