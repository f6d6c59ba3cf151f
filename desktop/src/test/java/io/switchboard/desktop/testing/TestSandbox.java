package io.switchboard.desktop.testing;

import io.switchboard.desktop.connection.SandboxConnection;
import io.switchboard.desktop.connection.Session;

/** One in-memory sandbox per test JVM; each test opens its own session (its own clients) on it. */
public final class TestSandbox {
    private static SandboxConnection.Running running;

    private TestSandbox() {
    }

    public static synchronized Session session() {
        try {
            if (running == null) {
                running = SandboxConnection.start(null);
            }
            return running.session();
        } catch (Exception e) {
            throw new IllegalStateException("the sandbox did not start", e);
        }
    }
}
