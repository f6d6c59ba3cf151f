package io.switchboard.desktop.aws;

import io.switchboard.stack.deploy.ArtifactLocation;
import io.switchboard.stack.deploy.ArtifactStore;
import io.switchboard.stack.deploy.ChangeSetPreview;
import io.switchboard.stack.deploy.DeployListener;
import io.switchboard.stack.deploy.DeployRequest;
import io.switchboard.stack.deploy.DeployResult;
import io.switchboard.stack.deploy.PollSchedule;
import io.switchboard.stack.deploy.StackDeployer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * CloudFormation and S3 for deploying: the stack module's {@link ArtifactStore} and {@link StackDeployer}
 * on the session's clients. Blocking; every method runs off the UI thread. Results are the deployer's
 * plain records.
 */
public final class DeploymentsGateway {
    private final ClientCache clients;
    private final PollSchedule schedule;
    private ArtifactStore artifacts;

    /** @param schedule how often to poll CloudFormation ({@link PollSchedule#standard()} outside tests) */
    public DeploymentsGateway(ClientCache clients, PollSchedule schedule) {
        this.clients = clients;
        this.schedule = schedule;
    }

    /** The stack as it is now, or empty when it does not exist (or was deleted). */
    public Optional<StackState> stack(String stackName) {
        try {
            Stack stack = clients.cloudFormation().describeStacks(r -> r.stackName(stackName)).stacks().get(0);
            Map<String, String> parameters = new LinkedHashMap<>();
            stack.parameters().forEach(p -> parameters.put(p.parameterKey(), p.parameterValue()));
            Map<String, String> outputs = new LinkedHashMap<>();
            stack.outputs().forEach(o -> outputs.put(o.outputKey(), o.outputValue()));
            return Optional.of(new StackState(stack.stackName(), stack.stackStatusAsString(), parameters, outputs));
        } catch (CloudFormationException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not exist")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Makes sure the artifact bucket exists, uploads the jar (unless already there), creates the change set
     * and returns its changes for the user to confirm.
     */
    public ChangeSetPreview prepare(String stackName, Path template, Path lambdaJar, Map<String, String> parameters,
                                    DeployListener listener, BooleanSupplier cancelled) {
        ArtifactStore store = artifacts();
        store.ensureBucket(listener);
        stopIf(cancelled);
        ArtifactLocation jar = store.uploadJar(lambdaJar, listener);
        stopIf(cancelled);
        return deployer().prepare(new DeployRequest(stackName, template, parameters).withArtifact(jar), listener);
    }

    public DeployResult execute(ChangeSetPreview preview, DeployListener listener, BooleanSupplier cancelled) {
        return deployer().execute(preview, listener, cancelled);
    }

    /** Drops a change set the user did not confirm. */
    public void discard(ChangeSetPreview preview) {
        deployer().discard(preview);
    }

    public DeployResult delete(String stackName, DeployListener listener, BooleanSupplier cancelled) {
        return deployer().delete(stackName, listener, cancelled);
    }

    private StackDeployer deployer() {
        return new StackDeployer(clients.cloudFormation(), artifacts(), schedule);
    }

    private synchronized ArtifactStore artifacts() {
        if (artifacts == null) {
            String account = new Identity(clients).whoAmI().account();
            artifacts = new ArtifactStore(clients.s3(), account, clients.target().region());
        }
        return artifacts;
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new DeployCancelled();
        }
    }

    /** The user cancelled between two steps; nothing was left half done. */
    public static final class DeployCancelled extends RuntimeException {
        public DeployCancelled() {
            super("cancelled", null, false, false);
        }
    }

    /** A stack's current status, parameters and outputs. */
    public record StackState(String name, String status, Map<String, String> parameters, Map<String, String> outputs) {
        public StackState {
            parameters = Map.copyOf(parameters);
            outputs = Map.copyOf(outputs);
        }
    }
}
