package io.switchboard.desktop.connection;

import io.switchboard.desktop.aws.ClientCache;
import io.switchboard.desktop.aws.ConnectionTarget;
import io.switchboard.desktop.aws.FunctionsGateway;
import io.switchboard.desktop.connect.EventTemplates;
import io.switchboard.desktop.connect.ResponseMaps;
import io.switchboard.desktop.task.Progress;
import io.switchboard.stack.deploy.DeployListener;
import io.switchboard.stack.deploy.DeployProgress;
import io.switchboard.stack.deploy.StackEventRecord;
import io.switchboard.stack.sandbox.Sandbox;
import io.switchboard.stack.sandbox.SandboxOptions;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/** Boots the local cloud (the stack module's {@link Sandbox}) and describes it as a {@link Session}. */
public final class SandboxConnection {
    private SandboxConnection() {
    }

    /**
     * @param dataDir  the user's data folder (calls survive restarts), or {@code null} for in-memory
     * @param progress receives provisioning phases and resource events, one line each
     */
    public static Running start(Path dataDir, Progress progress) {
        return start(dataDir, progress, event -> { });
    }

    /** @param events receives each provisioning event as it happens, on the provisioning thread */
    public static Running start(Path dataDir, Progress progress, Consumer<StackEventRecord> events) {
        SandboxOptions options = dataDir == null ? SandboxOptions.inMemory() : SandboxOptions.persistedIn(folder(dataDir));
        Sandbox sandbox = Sandbox.start(options, new ProvisioningReport(progress, events));
        Map<String, URI> endpoints = Map.of("dynamodb", sandbox.dynamoDbEndpoint(), "lambda", sandbox.lambdaEndpoint(),
                "sfn", sandbox.stepFunctionsEndpoint());
        return new Running(ConnectionTarget.sandbox(sandbox.region(), endpoints), sandbox.outputs(), sandbox, sandbox.notices());
    }

    /**
     * Deletes everything the sandbox stores in the data folder (its tables: the call log with every call, the
     * async results). Settings and test cases live beside it and are kept; an in-memory sandbox has nothing to delete.
     */
    public static void wipe(Path dataDir) throws java.io.IOException {
        if (dataDir == null || !java.nio.file.Files.exists(dataDir.resolve("sandbox"))) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(dataDir.resolve("sandbox"))) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(path);
            }
        }
    }

    /** Where the sandbox keeps its data in the data folder. */
    public static Path folder(Path dataDir) {
        return dataDir.resolve("sandbox");
    }

    public static Running start(Path dataDir) {
        return start(dataDir, Progress.NONE);
    }

    /**
     * A started sandbox; {@link #session()} opens a fresh set of clients on it.
     *
     * @param notices what the user should know about their data folder from this start (earlier tables copied, …)
     */
    public record Running(ConnectionTarget target, Map<String, String> outputs, AutoCloseable cloud, java.util.List<String> notices)
            implements AutoCloseable {
        public Session session() {
            ClientCache clients = new ClientCache(target);
            FunctionsGateway functions = new FunctionsGateway(clients);
            String vanity = outputs.get("VanityFunctionAliasArn");
            CallPlayer player = (contactId, caller) -> ResponseMaps.parse(
                    functions.invoke(vanity, null, EventTemplates.vanityCall(contactId, caller)).payload());
            return new Session(target, "Sandbox", outputs, clients, player);
        }

        @Override
        public void close() throws Exception {
            cloud.close();
        }
    }

    /**
     * Hands the sandbox's provisioning report to the UI as progress lines. A resource the sandbox does not
     * emulate ({@code CREATE_SKIPPED}) counts as skipped, not ready.
     */
    private static final class ProvisioningReport implements DeployListener {
        private final Progress progress;
        private final Consumer<StackEventRecord> events;
        private int skipped;

        ProvisioningReport(Progress progress, Consumer<StackEventRecord> events) {
            this.progress = progress;
            this.events = events;
        }

        @Override
        public void onPhase(String phase) {
            progress.update(-1, phase);
        }

        @Override
        public void onEvent(StackEventRecord event) {
            if (event.status().equals("CREATE_SKIPPED")) {
                skipped++;
            }
            events.accept(event);
            progress.update(-1, event.logicalId() + "  " + event.status() + (event.reason().isBlank() ? "" : "  " + event.reason()));
        }

        @Override
        public void onProgress(DeployProgress done) {
            progress.update(done.fraction(), ProvisioningCount.text(done.done(), skipped, done.total()));
        }
    }
}
