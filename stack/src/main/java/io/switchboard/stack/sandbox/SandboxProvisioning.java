package io.switchboard.stack.sandbox;

import io.switchboard.stack.deploy.DeployListener;
import io.switchboard.stack.deploy.DeployProgress;
import io.switchboard.stack.deploy.StackEventRecord;
import io.switchboard.stack.template.NotEmulatedResource;
import io.switchboard.stack.template.SandboxPlan;
import java.time.Instant;
import java.util.UUID;

/**
 * Reports sandbox provisioning with the same events and progress model as a CloudFormation deployment,
 * so the Deploy view shows both the same way.
 */
final class SandboxProvisioning {
    private final String stackName;
    private final DeployListener listener;
    private final int total;
    private int done;

    SandboxProvisioning(String stackName, SandboxPlan plan, DeployListener listener) {
        this.stackName = stackName;
        this.listener = listener;
        this.total = plan.tables().size() + plan.functions().size() + plan.stateMachines().size()
                + plan.executionStatusRules().size()
                + plan.notEmulated().size() + 1;
        event(stackName, StackEventRecord.STACK_TYPE, "CREATE_IN_PROGRESS", "Sandbox provisioning started");
        listener.onProgress(new DeployProgress(0, total));
    }

    void phase(String phase) {
        listener.onPhase(phase);
    }

    void created(String logicalId, String type, String reason, Runnable work) {
        event(logicalId, type, "CREATE_IN_PROGRESS", "");
        work.run();
        event(logicalId, type, "CREATE_COMPLETE", reason);
        listener.onProgress(new DeployProgress(++done, total));
    }

    void skipped(NotEmulatedResource resource) {
        event(resource.logicalId(), resource.type(), "CREATE_SKIPPED", "Not emulated in the sandbox: " + resource.reason());
        listener.onProgress(new DeployProgress(++done, total));
    }

    void finished() {
        event(stackName, StackEventRecord.STACK_TYPE, "CREATE_COMPLETE", "");
        listener.onProgress(new DeployProgress(total, total));
    }

    void failed(RuntimeException cause) {
        event(stackName, StackEventRecord.STACK_TYPE, "CREATE_FAILED", String.valueOf(cause.getMessage()));
    }

    private void event(String logicalId, String type, String status, String reason) {
        listener.onEvent(new StackEventRecord(UUID.randomUUID().toString(), Instant.now(), logicalId, type, status, reason));
    }
}
