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
        SandboxOptions options = dataDir == null ? SandboxOptions.inMemory() : SandboxOptions.persistedIn(dataDir.resolve("sandbox"));
        Sandbox sandbox = Sandbox.start(options, new ProvisioningReport(progress, events));
        Map<String, URI> endpoints = Map.of("dynamodb", sandbox.dynamoDbEndpoint(), "lambda", sandbox.lambdaEndpoint(),
                "sfn", sandbox.stepFunctionsEndpoint());
        return new Running(ConnectionTarget.sandbox(sandbox.region(), endpoints), sandbox.outputs(), sandbox, sandbox.notices());
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

    /** Hands the sandbox's provisioning report to the UI as progress lines. */
    private record ProvisioningReport(Progress progress, Consumer<StackEventRecord> events) implements DeployListener {
        @Override
        public void onPhase(String phase) {
            progress.update(-1, phase);
        }

        @Override
        public void onEvent(StackEventRecord event) {
            events.accept(event);
            progress.update(-1, event.logicalId() + "  " + event.status() + (event.reason().isBlank() ? "" : "  " + event.reason()));
        }

        @Override
        public void onProgress(DeployProgress done) {
            progress.update(done.fraction(), done.done() + " of " + done.total() + " resources ready");
        }
    }
}
