package io.switchboard.desktop.connection;

import java.util.Map;

/** Plays one inbound call through the vanity flow's Lambda, the way Connect would. */
@FunctionalInterface
public interface CallPlayer {
    /** @return the function's response (what the flow would get back) */
    Map<String, String> play(String contactId, String callerE164) throws Exception;

    CallPlayer NONE = (contactId, caller) -> {
        throw new IllegalStateException("Calls can only be simulated in the sandbox.");
    };
}
