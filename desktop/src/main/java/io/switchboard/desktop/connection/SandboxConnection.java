package io.switchboard.desktop.connection;

import io.switchboard.desktop.aws.ClientCache;
import io.switchboard.desktop.aws.ConnectionTarget;
import io.switchboard.desktop.aws.FunctionsGateway;
import io.switchboard.desktop.aws.InterimSandbox;
import io.switchboard.desktop.connect.EventTemplates;
import io.switchboard.desktop.connect.ResponseMaps;
import io.switchboard.lambdas.vanity.VanityHandler;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Boots the local cloud and describes it as a {@link Session}. The one place that knows how the
 * sandbox starts: when the stack module's {@code Sandbox.start} lands, it replaces {@link InterimSandbox} here.
 */
public final class SandboxConnection {
    private SandboxConnection() {
    }

    /** @param dataDir where the sandbox keeps its data (calls survive restarts), or {@code null} for in-memory */
    public static Running start(Path dataDir) throws Exception {
        InterimSandbox cloud = InterimSandbox.start(dataDir == null ? null : dataDir.resolve("sandbox"));
        ConnectionTarget target = ConnectionTarget.sandbox(InterimSandbox.REGION, cloud.endpoints());
        return new Running(target, cloud.outputs(), cloud);
    }

    /** A started sandbox; {@link #session()} opens a fresh set of clients on it. */
    public record Running(ConnectionTarget target, Map<String, String> outputs, AutoCloseable cloud) implements AutoCloseable {
        public Session session() {
            ClientCache clients = new ClientCache(target);
            return new Session(target, "Sandbox", outputs, clients, callPlayer(clients));
        }

        private CallPlayer callPlayer(ClientCache clients) {
            String vanity = outputs.get("VanityFunctionAliasArn");
            if (vanity != null && target.endpoint("lambda").isPresent()) {
                FunctionsGateway functions = new FunctionsGateway(clients);
                return (contactId, caller) -> ResponseMaps.parse(functions.invoke(vanity, null,
                        EventTemplates.vanityCall(contactId, caller)).payload());
            }
            // Until the sandbox's Lambda API runs, the vanity handler runs in-process against the same table.
            Map<String, String> env = new HashMap<>();
            env.put("AWS_REGION", target.region());
            env.put("AWS_ACCESS_KEY_ID", "sandbox");
            env.put("AWS_SECRET_ACCESS_KEY", "sandbox");
            env.put("AWS_ENDPOINT_URL_DYNAMODB", target.endpoint("dynamodb").orElseThrow().toString());
            env.put("CALLS_TABLE", outputs.get("CallsTableName"));
            VanityHandler handler = new VanityHandler(env);
            return (contactId, caller) -> handler.handleRequest(ResponseMaps.parseObject(EventTemplates.vanityCall(contactId, caller)), null);
        }

        @Override
        public void close() throws Exception {
            cloud.close();
        }
    }
}
