package io.switchboard.stack.deploy;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/** Creates a change set, waits until CloudFormation has worked it out, and lists its changes. */
final class ChangeSetPlanner {

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final CloudFormationClient cfn;
    private final StackLookup stacks;
    private final ArtifactStore artifacts;

    ChangeSetPlanner(CloudFormationClient cfn, StackLookup stacks, ArtifactStore artifacts) {
        this.cfn = cfn;
        this.stacks = stacks;
        this.artifacts = artifacts;
    }

    ChangeSetPreview plan(DeployRequest request, PollSchedule schedule, DeployListener listener) {
        listener.onPhase("Creating change set for " + request.stackName());
        Optional<Stack> existing = stacks.find(request.stackName());
        ChangeSetPreview.Kind kind = kindFor(request.stackName(), existing);
        CreateChangeSetRequest.Builder create = CreateChangeSetRequest.builder()
                .stackName(request.stackName())
                .changeSetName("switchboard-" + LocalDateTime.now(ZoneOffset.UTC).format(NAME_TIME))
                .changeSetType(kind == ChangeSetPreview.Kind.CREATE ? ChangeSetType.CREATE : ChangeSetType.UPDATE)
                .capabilities(Capability.CAPABILITY_IAM, Capability.CAPABILITY_NAMED_IAM, Capability.CAPABILITY_AUTO_EXPAND)
                .parameters(parameters(request, existing.filter(s -> kind == ChangeSetPreview.Kind.UPDATE)))
                .description("Switchboard deploy");
        TemplateSource.apply(request.templateFile(), artifacts, create);
        String changeSetId = cfn.createChangeSet(create.build()).id();

        listener.onPhase("Waiting for CloudFormation to work out the changes");
        DescribeChangeSetResponse first = awaitCreated(changeSetId, schedule);
        if ("FAILED".equals(first.statusAsString())) {
            cfn.deleteChangeSet(r -> r.changeSetName(changeSetId));
            if (isNoChanges(first.statusReason())) {
                return ChangeSetPreview.noChanges(request.stackName(), kind);
            }
            throw new DeployException("CloudFormation rejected the change set: " + first.statusReason());
        }
        return new ChangeSetPreview(request.stackName(), changeSetId, kind, ChangeSetPreview.Status.READY,
                allChanges(changeSetId, first));
    }

    private static ChangeSetPreview.Kind kindFor(String stackName, Optional<Stack> existing) {
        if (existing.isEmpty() || "REVIEW_IN_PROGRESS".equals(existing.get().stackStatusAsString())) {
            return ChangeSetPreview.Kind.CREATE;
        }
        String status = existing.get().stackStatusAsString();
        if ("ROLLBACK_COMPLETE".equals(status) || "ROLLBACK_FAILED".equals(status)) {
            throw new DeployException("Stack " + stackName + " is " + status + " after a failed create and cannot"
                    + " be updated: delete it, then deploy again.");
        }
        if (!StackStatuses.isSettled(status)) {
            throw new DeployException("Stack " + stackName + " is busy (" + status + "): wait until it settles.");
        }
        return ChangeSetPreview.Kind.UPDATE;
    }

    /** The request's values; on update, every other current parameter keeps its value. */
    private static List<Parameter> parameters(DeployRequest request, Optional<Stack> updating) {
        List<Parameter> parameters = new ArrayList<>();
        request.parameters().forEach((key, value) ->
                parameters.add(Parameter.builder().parameterKey(key).parameterValue(value).build()));
        updating.ifPresent(stack -> stack.parameters().stream()
                .filter(p -> !request.parameters().containsKey(p.parameterKey()))
                .forEach(p -> parameters.add(Parameter.builder().parameterKey(p.parameterKey())
                        .usePreviousValue(true).build())));
        return parameters;
    }

    private DescribeChangeSetResponse awaitCreated(String changeSetId, PollSchedule schedule) {
        while (true) {
            try {
                DescribeChangeSetResponse described = cfn.describeChangeSet(r -> r.changeSetName(changeSetId));
                schedule.succeeded();
                String status = described.statusAsString();
                if ("CREATE_COMPLETE".equals(status) || "FAILED".equals(status)) {
                    return described;
                }
            } catch (AwsServiceException e) {
                if (!e.isThrottlingException()) {
                    throw e;
                }
                schedule.throttled();
            }
            schedule.pause();
        }
    }

    private List<PlannedChange> allChanges(String changeSetId, DescribeChangeSetResponse first) {
        List<PlannedChange> rows = new ArrayList<>();
        DescribeChangeSetResponse page = first;
        while (true) {
            for (Change change : page.changes()) {
                if (change.resourceChange() != null) {
                    rows.add(ChangeRows.toRow(change.resourceChange()));
                }
            }
            String token = page.nextToken();
            if (token == null) {
                return rows;
            }
            page = cfn.describeChangeSet(r -> r.changeSetName(changeSetId).nextToken(token));
        }
    }

    /** CloudFormation's wording when the template and parameters match the stack. */
    private static boolean isNoChanges(String reason) {
        return reason != null && (reason.contains("didn't contain changes") || reason.contains("No updates are to be performed"));
    }
}
