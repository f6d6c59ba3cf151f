package io.switchboard.desktop.testing;

import io.switchboard.desktop.connection.SandboxConnection;
import io.switchboard.desktop.connection.Session;
import io.switchboard.stack.sandbox.Sandbox;

/** One in-memory sandbox per test JVM; each test opens its own session (its own clients) on it. */
public final class TestSandbox {
    private static SandboxConnection.Running running;

    private TestSandbox() {
    }

    public static Session session() {
        return running().session();
    }

    /** The sandbox itself, e.g. for its Step Functions request counts. */
    public static Sandbox sandbox() {
        return (Sandbox) running().cloud();
    }

    private static synchronized SandboxConnection.Running running() {
        try {
            if (running == null) {
                running = SandboxConnection.start(null);
            }
            return running;
        } catch (Exception e) {
            throw new IllegalStateException("the sandbox did not start", e);
        }
    }
}
