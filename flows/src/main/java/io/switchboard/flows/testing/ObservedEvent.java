package io.switchboard.flows.testing;

import java.util.Map;

/**
 * The event an observation waits for
 * (<a href="https://docs.aws.amazon.com/connect/latest/APIReference/testing-language-events.html">Events</a>).
 */
public sealed interface ObservedEvent {

    /** What the event expects, in one line. */
    String describe();

    /** The test starts; overrides registered here apply from the first block. */
    record TestInitiated() implements ObservedEvent {
        @Override
        public String describe() {
            return "TestInitiated";
        }
    }

    /** The test ends: the call left the flow (or an EndTest action ran). */
    record TestCompleted() implements ObservedEvent {
        @Override
        public String describe() {
            return "TestCompleted";
        }
    }

    /** The system plays a prompt; exactly one of text, SSML, prompt id or media URI is set. */
    record MessageReceived(String text, String ssml, String promptId, String mediaUri, MatchingCriteria criteria)
            implements ObservedEvent {
        @Override
        public String describe() {
            String what = text != null ? "\"" + text + "\""
                    : ssml != null ? "SSML " + ssml
                    : promptId != null ? "prompt " + promptId
                    : "media " + mediaUri;
            return "MessageReceived " + what + " (" + criteria.label() + ")";
        }
    }

    /**
     * A flow block of {@code actionType} starts, with these parameters (nested ones flattened with
     * dots, e.g. {@code LexV2Bot.AliasArn}).
     */
    record FlowActionStarted(String actionType, Map<String, String> parameters) implements ObservedEvent {
        public FlowActionStarted {
            parameters = Map.copyOf(parameters);
        }

        @Override
        public String describe() {
            return "FlowActionStarted " + actionType + (parameters.isEmpty() ? "" : " " + parameters);
        }
    }

    /** An event the simulator cannot produce (an agent's, or a type it does not know). */
    record NotReproducible(String type, String actor, String reason) implements ObservedEvent {
        @Override
        public String describe() {
            return type + (actor == null || actor.isEmpty() ? "" : " (" + actor + ")");
        }
    }
}
