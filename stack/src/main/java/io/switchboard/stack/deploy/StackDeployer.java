package io.switchboard.stack.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * Deploys the stack through a change set the user confirms: {@link #prepare} shows what will
 * change, {@link #execute} runs it while streaming events, {@link #discard} drops it.
 * Blocking: call from a background thread. No SDK type appears in its results.
 */
public final class StackDeployer {

    private final CloudFormationClient cfn;
    private final StackLookup stacks;
    private final ChangeSetPlanner planner;
    private final PollSchedule schedule;

    /** @param artifacts where templates over 51,200 bytes go */
    public StackDeployer(CloudFormationClient cfn, ArtifactStore artifacts) {
        this(cfn, artifacts, PollSchedule.standard());
    }

    public StackDeployer(CloudFormationClient cfn, ArtifactStore artifacts, PollSchedule schedule) {
        this.cfn = cfn;
        this.stacks = new StackLookup(cfn);
        this.planner = new ChangeSetPlanner(cfn, stacks, artifacts);
        this.schedule = schedule;
    }

    /** Creates a change set and returns its changes for confirmation (or {@code NO_CHANGES}). */
    public ChangeSetPreview prepare(DeployRequest request, DeployListener listener) {
        return aws("create the change set", () -> planner.plan(request, schedule.fresh(), listener));
    }

    /** Deletes a change set the user did not confirm. */
    public void discard(ChangeSetPreview preview) {
        if (preview.hasChanges()) {
            aws("delete the change set", () -> cfn.deleteChangeSet(r -> r.changeSetName(preview.changeSetId())));
        }
    }

    /**
     * Executes the change set and streams its events until the stack settles.
     *
     * @param cancelled checked between polls; when true, watching stops and the stack is left as it is
     */
    public DeployResult execute(ChangeSetPreview preview, DeployListener listener, BooleanSupplier cancelled) {
        return aws("deploy " + preview.stackName(), () -> {
            if (!preview.hasChanges()) {
                return succeeded(stacks.get(preview.stackName()));
            }
            String stackId = stacks.get(preview.stackName()).stackId();
            StackEventFeed feed = new StackEventFeed(cfn, stackId);
            feed.skipExisting();
            listener.onPhase("Executing change set on " + preview.stackName());
            cfn.executeChangeSet(r -> r.changeSetName(preview.changeSetId()));
            StackOperationWatcher.Outcome outcome = new StackOperationWatcher(feed, schedule.fresh())
                    .watch(preview.stackName(), preview.progressTotal(), listener, cancelled);
            return result(preview.stackName(), stackId, outcome);
        });
    }

    /** Deletes the stack, streaming its events until it is gone (or the delete fails). */
    public DeployResult delete(String stackName, DeployListener listener, BooleanSupplier cancelled) {
        return aws("delete " + stackName, () -> {
            String stackId = stacks.get(stackName).stackId();
            int resources = (int) cfn.listStackResourcesPaginator(r -> r.stackName(stackId))
                    .stackResourceSummaries().stream().count();
            StackEventFeed feed = new StackEventFeed(cfn, stackId);
            feed.skipExisting();
            listener.onPhase("Deleting stack " + stackName);
            cfn.deleteStack(r -> r.stackName(stackId));
            StackOperationWatcher.Outcome outcome = new StackOperationWatcher(feed, schedule.fresh())
                    .watch(stackName, resources + 1, listener, cancelled);
            return result(stackName, stackId, outcome);
        });
    }

    private DeployResult result(String stackName, String stackId, StackOperationWatcher.Outcome outcome) {
        if (outcome.cancelled()) {
            return new DeployResult.Cancelled(stackName, outcome.lastSeenStatus());
        }
        if (!StackStatuses.isSuccess(outcome.finalStatus())) {
            return new DeployResult.Failed(stackName,
                    FirstFailure.in(outcome.events(), stackName, outcome.finalStatus()));
        }
        if ("DELETE_COMPLETE".equals(outcome.finalStatus())) {
            return new DeployResult.Succeeded(stackName, outcome.finalStatus(), Map.of());
        }
        return succeeded(stacks.get(stackId));
    }

    private static DeployResult succeeded(Stack stack) {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (Output output : stack.outputs()) {
            outputs.put(output.outputKey(), output.outputValue());
        }
        return new DeployResult.Succeeded(stack.stackName(), stack.stackStatusAsString(), outputs);
    }

    private static <T> T aws(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw new DeployException("Could not " + what + ": " + e.getMessage(), e);
        }
    }

    private static void aws(String what, Runnable call) {
        aws(what, () -> {
            call.run();
            return null;
        });
    }
}
