package io.switchboard.desktop.connection;

import java.util.function.Consumer;

/**
 * Something that must be in place before the sandbox starts, and may need the user first: in a
 * packaged app, DynamoDB Local (its licence accepted, then downloaded). Callbacks run on the UI thread.
 */
@FunctionalInterface
public interface SandboxPrerequisite {
    /** Calls {@code ready} once satisfied (at once when nothing is needed), or {@code unavailable} with a reason to show. */
    void ensure(Runnable ready, Consumer<String> unavailable);

    SandboxPrerequisite NONE = (ready, unavailable) -> ready.run();
}
