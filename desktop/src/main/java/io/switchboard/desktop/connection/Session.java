package io.switchboard.desktop.connection;

import io.switchboard.desktop.aws.CallsGateway;
import io.switchboard.desktop.aws.ClientCache;
import io.switchboard.desktop.aws.ConnectionTarget;
import io.switchboard.desktop.aws.ExecutionsGateway;
import io.switchboard.desktop.aws.FunctionsGateway;
import io.switchboard.desktop.aws.LogsGateway;
import io.switchboard.desktop.aws.TablesGateway;
import java.util.Map;
import java.util.Optional;

/**
 * The live connection: where it points, what the stack's outputs say, and the gateways built on
 * its one {@link ClientCache}. Closing it closes every SDK client it opened.
 *
 * @param label   what the status bar shows ("Sandbox", or "profile · region · account")
 * @param outputs the stack's Outputs (CallsTableName, VanityFunctionAliasArn…); empty when not deployed
 */
public record Session(ConnectionTarget target, String label, Map<String, String> outputs, ClientCache clients,
                      CallPlayer callPlayer) implements AutoCloseable {

    /** The same connection (target, clients) with the stack's outputs as a deploy or delete left them. */
    public Session withOutputs(Map<String, String> newOutputs) {
        return new Session(target, label, Map.copyOf(newOutputs), clients, callPlayer);
    }

    public boolean isSandbox() {
        return target.isSandbox();
    }

    public Optional<CallsGateway> calls() {
        return output("CallsTableName").map(table -> new CallsGateway(clients, table));
    }

    /** Any of the stack's tables, item by item (the Tables page). */
    public TablesGateway tables() {
        return new TablesGateway(clients);
    }

    public FunctionsGateway functions() {
        return new FunctionsGateway(clients);
    }

    public ExecutionsGateway executions() {
        return new ExecutionsGateway(clients);
    }

    public LogsGateway logs() {
        return new LogsGateway(clients);
    }

    /**
     * The vanity function's CloudWatch log group: {@code /aws/lambda/<function name>}, the name the template
     * gives it, read from the function's alias ARN. Empty when the stack is not deployed.
     */
    public Optional<String> vanityLogGroup() {
        return output("VanityFunctionAliasArn")
                .map(arn -> arn.split(":"))
                .filter(parts -> parts.length >= 7 && parts[5].equals("function"))
                .map(parts -> "/aws/lambda/" + parts[6]);
    }

    public Optional<String> output(String key) {
        return Optional.ofNullable(outputs.get(key)).filter(v -> !v.isBlank());
    }

    /** Whether this connection can run Lambda functions (AWS always; the sandbox once its Lambda API runs). */
    public boolean canInvoke() {
        return !isSandbox() || target.endpoint("lambda").isPresent();
    }

    public boolean hasStepFunctions() {
        return !isSandbox() || target.endpoint("sfn").isPresent();
    }

    @Override
    public void close() {
        clients.close();
    }
}
