package io.switchboard.stack.deploy;

import io.switchboard.stack.testing.LoopbackAwsStub;
import static io.switchboard.stack.testing.CloudFormationWire.CHANGE_SET_ID;
import static io.switchboard.stack.testing.CloudFormationWire.STACK;
import static io.switchboard.stack.testing.CloudFormationWire.STACK_ID;
import static io.switchboard.stack.testing.CloudFormationWire.ok;
import static io.switchboard.stack.testing.CloudFormationWire.stack;
import static io.switchboard.stack.testing.CloudFormationWire.throttling;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.switchboard.stack.testing.CloudFormationWire.Timeline;
import io.switchboard.stack.deploy.PlannedChange.Action;
import io.switchboard.stack.deploy.PlannedChange.Replacement;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Executing and deleting, with live events, against a scripted CloudFormation Query-protocol stub. */
class DeployExecutionTest {

    private static final String TABLE = "AWS::DynamoDB::Table";
    private static final String FUNCTION = "AWS::Lambda::Function";
    private static final String ROLE = "AWS::IAM::Role";

    private LoopbackAwsStub cfnStub;
    private CloudFormationClient cfn;
    private S3Client s3;
    private StackDeployer deployer;
    private final List<Duration> sleeps = new ArrayList<>();
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void start() throws IOException {
        cfnStub = new LoopbackAwsStub(LoopbackAwsStub.BY_ACTION);
        cfn = DeployClients.cloudFormation(cfnStub.endpoint(), "eu-west-1");
        s3 = DeployClients.s3(cfnStub.endpoint(), "eu-west-1"); // never called: templates here are small
        deployer = new StackDeployer(cfn, new ArtifactStore(s3, "123456789012", "eu-west-1"),
                new PollSchedule(Duration.ofSeconds(2), Duration.ofSeconds(32), sleeps::add));
        cfnStub.on("ExecuteChangeSet", ok("ExecuteChangeSet", ""));
    }

    @AfterEach
    void stop() {
        cfn.close();
        s3.close();
        cfnStub.close();
    }

    private static ChangeSetPreview preview(ChangeSetPreview.Kind kind, PlannedChange... changes) {
        return new ChangeSetPreview(STACK, CHANGE_SET_ID, kind, ChangeSetPreview.Status.READY, List.of(changes));
    }

    private static ChangeSetPreview createThreeResources() {
        return preview(ChangeSetPreview.Kind.CREATE,
                new PlannedChange(Action.ADD, "CallsTable", TABLE, Replacement.FALSE, ""),
                new PlannedChange(Action.ADD, "VanityFunctionRole", ROLE, Replacement.FALSE, ""),
                new PlannedChange(Action.ADD, "VanityFunction", FUNCTION, Replacement.FALSE, ""));
    }

    @Test
    void execute_newStack_streamsEachEventOnceWithProgressThenShowsOutputs() {
        Timeline events = new Timeline()
                .stackEvent("REVIEW_IN_PROGRESS", "User Initiated")
                .stackEvent("CREATE_IN_PROGRESS", "User Initiated")
                .event("CallsTable", TABLE, "CREATE_IN_PROGRESS")
                .event("VanityFunctionRole", ROLE, "CREATE_IN_PROGRESS")
                .event("CallsTable", TABLE, "CREATE_COMPLETE")
                .event("VanityFunctionRole", ROLE, "CREATE_COMPLETE")
                .event("VanityFunction", FUNCTION, "CREATE_IN_PROGRESS")
                .event("VanityFunction", FUNCTION, "CREATE_COMPLETE")
                .stackEvent("CREATE_COMPLETE", null);
        cfnStub.on("DescribeStacks", stack("REVIEW_IN_PROGRESS"),
                        stack("CREATE_COMPLETE", Map.of(), Map.of("VanityFunctionArn", "arn:aws:lambda:eu-west-1:123456789012:function:switchboard-vanity:live")))
                .on("DescribeStackEvents", events.upTo(1), events.upTo(4), events.upTo(6), events.upTo(9));

        DeployResult result = deployer.execute(createThreeResources(), listener, () -> false);

        assertThat(result).isEqualTo(new DeployResult.Succeeded(STACK, "CREATE_COMPLETE",
                Map.of("VanityFunctionArn", "arn:aws:lambda:eu-west-1:123456789012:function:switchboard-vanity:live")));
        assertThat(listener.eventLines()).containsExactly(
                "switchboard CREATE_IN_PROGRESS",
                "CallsTable CREATE_IN_PROGRESS",
                "VanityFunctionRole CREATE_IN_PROGRESS",
                "CallsTable CREATE_COMPLETE",
                "VanityFunctionRole CREATE_COMPLETE",
                "VanityFunction CREATE_IN_PROGRESS",
                "VanityFunction CREATE_COMPLETE",
                "switchboard CREATE_COMPLETE");
        assertThat(listener.progressLines()).containsExactly("0/4", "1/4", "2/4", "3/4", "4/4");
        assertThat(cfnStub.received("ExecuteChangeSet")).singleElement()
                .satisfies(r -> assertThat(r.form()).containsEntry("ChangeSetName", CHANGE_SET_ID));
        assertThat(cfnStub.received("DescribeStackEvents").get(1).form()).containsEntry("StackName", STACK_ID);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void execute_whenAResourceFails_namesTheFirstFailureItsReasonAndTheRollback() {
        String reason = "Resource handler returned message: \"Error occurred while GetObject. S3 Error Code: NoSuchKey."
                + " S3 Error Message: The specified key does not exist.\"";
        Timeline events = new Timeline()
                .stackEvent("REVIEW_IN_PROGRESS", "User Initiated")
                .stackEvent("CREATE_IN_PROGRESS", "User Initiated")
                .event("CallsTable", TABLE, "CREATE_IN_PROGRESS")
                .event("VanityFunctionRole", ROLE, "CREATE_COMPLETE")
                .event("VanityFunction", FUNCTION, "CREATE_FAILED", reason)
                .event("CallsTable", TABLE, "CREATE_FAILED", "Resource creation cancelled")
                .stackEvent("ROLLBACK_IN_PROGRESS", "The following resource(s) failed to create: [CallsTable, VanityFunction]."
                        + " Rollback requested by user.")
                .event("VanityFunctionRole", ROLE, "DELETE_COMPLETE")
                .event("CallsTable", TABLE, "DELETE_COMPLETE")
                .stackEvent("ROLLBACK_COMPLETE", null);
        cfnStub.on("DescribeStacks", stack("REVIEW_IN_PROGRESS"))
                .on("DescribeStackEvents", events.upTo(1), events.upTo(5), events.upTo(10));

        DeployResult result = deployer.execute(createThreeResources(), listener, () -> false);

        assertThat(result).isInstanceOf(DeployResult.Failed.class);
        DeployFailure failure = ((DeployResult.Failed) result).failure();
        assertThat(failure).isEqualTo(new DeployFailure("VanityFunction", FUNCTION, reason, "ROLLBACK_COMPLETE"));
        assertThat(result.summary())
                .contains("VanityFunction (AWS::Lambda::Function) failed: Resource handler returned message")
                .contains("The specified key does not exist")
                .contains("rolled back")
                .contains("Delete the stack before deploying it again");
        assertThat(listener.progress.get(listener.progress.size() - 1)).isEqualTo(new DeployProgress(4, 4));
    }

    @Test
    void execute_whenAnUpdateFails_saysTheStackIsAsBefore() {
        Timeline events = new Timeline()
                .stackEvent("UPDATE_COMPLETE", null)
                .stackEvent("UPDATE_IN_PROGRESS", "User Initiated")
                .event("VanityFunction", FUNCTION, "UPDATE_FAILED", "Resource handler returned message: \"Memory size 99 is invalid\"")
                .stackEvent("UPDATE_ROLLBACK_IN_PROGRESS", "The following resource(s) failed to update: [VanityFunction].")
                .event("VanityFunction", FUNCTION, "UPDATE_COMPLETE")
                .stackEvent("UPDATE_ROLLBACK_COMPLETE", null);
        cfnStub.on("DescribeStacks", stack("UPDATE_COMPLETE"))
                .on("DescribeStackEvents", events.upTo(1), events.upTo(6));

        DeployResult result = deployer.execute(preview(ChangeSetPreview.Kind.UPDATE,
                new PlannedChange(Action.MODIFY, "VanityFunction", FUNCTION, Replacement.FALSE, "MemorySize")), listener, () -> false);

        assertThat(result.stackStatus()).isEqualTo("UPDATE_ROLLBACK_COMPLETE");
        assertThat(result.summary()).contains("VanityFunction (AWS::Lambda::Function) failed: Resource handler returned"
                + " message: \"Memory size 99 is invalid\"").contains("The update was rolled back: the stack is as it was before.");
    }

    @Test
    void execute_replacingAResource_countsItOnceThroughCleanup() {
        Timeline events = new Timeline()
                .stackEvent("UPDATE_COMPLETE", null)
                .stackEvent("UPDATE_IN_PROGRESS", "User Initiated")
                .event("VanityVersion", "AWS::Lambda::Version", "UPDATE_IN_PROGRESS",
                        "Requested update requires the creation of a new physical resource; hence creating one.")
                .event("VanityVersion", "AWS::Lambda::Version", "UPDATE_COMPLETE")
                .stackEvent("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", null)
                .event("VanityVersion", "AWS::Lambda::Version", "DELETE_COMPLETE")
                .stackEvent("UPDATE_COMPLETE", null);
        cfnStub.on("DescribeStacks", stack("UPDATE_COMPLETE"))
                .on("DescribeStackEvents", events.upTo(1), events.upTo(5), events.upTo(7));

        DeployResult result = deployer.execute(preview(ChangeSetPreview.Kind.UPDATE,
                new PlannedChange(Action.MODIFY, "VanityVersion", "AWS::Lambda::Version", Replacement.TRUE, "Description")),
                listener, () -> false);

        assertThat(result).isInstanceOf(DeployResult.Succeeded.class);
        assertThat(result.stackStatus()).isEqualTo("UPDATE_COMPLETE");
        assertThat(listener.progressLines()).containsExactly("0/2", "1/2", "2/2");
        assertThat(listener.eventLines()).contains("switchboard UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", "VanityVersion DELETE_COMPLETE");
    }

    @Test
    void execute_whenEventPollingIsThrottled_backsOffThenCarriesOnWithoutLosingEvents() {
        Timeline events = new Timeline()
                .stackEvent("REVIEW_IN_PROGRESS", "User Initiated")
                .stackEvent("CREATE_IN_PROGRESS", "User Initiated")
                .event("CallsTable", TABLE, "CREATE_IN_PROGRESS")
                .event("CallsTable", TABLE, "CREATE_COMPLETE")
                .stackEvent("CREATE_COMPLETE", null);
        cfnStub.on("DescribeStacks", stack("REVIEW_IN_PROGRESS"), stack("CREATE_COMPLETE"))
                .on("DescribeStackEvents", events.upTo(1), throttling(), throttling(), events.upTo(3), events.upTo(5));

        DeployResult result = deployer.execute(preview(ChangeSetPreview.Kind.CREATE,
                new PlannedChange(Action.ADD, "CallsTable", TABLE, Replacement.FALSE, "")), listener, () -> false);

        assertThat(result.stackStatus()).isEqualTo("CREATE_COMPLETE");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(2));
        assertThat(listener.eventLines()).containsExactly("switchboard CREATE_IN_PROGRESS", "CallsTable CREATE_IN_PROGRESS",
                "CallsTable CREATE_COMPLETE", "switchboard CREATE_COMPLETE");
    }

    @Test
    void execute_whenCancelled_stopsWatchingAndLeavesTheStackAsItIs() {
        Timeline events = new Timeline()
                .stackEvent("REVIEW_IN_PROGRESS", "User Initiated")
                .stackEvent("CREATE_IN_PROGRESS", "User Initiated")
                .event("CallsTable", TABLE, "CREATE_IN_PROGRESS");
        cfnStub.on("DescribeStacks", stack("REVIEW_IN_PROGRESS"))
                .on("DescribeStackEvents", events.upTo(1), events.upTo(3));
        AtomicInteger polls = new AtomicInteger();

        DeployResult result = deployer.execute(createThreeResources(), listener, () -> polls.incrementAndGet() > 1);

        assertThat(result).isEqualTo(new DeployResult.Cancelled(STACK, "CREATE_IN_PROGRESS"));
        assertThat(result.summary()).contains("left as it is");
        assertThat(cfnStub.received()).extracting(r -> r.form().get("Action"))
                .containsOnly("DescribeStacks", "DescribeStackEvents", "ExecuteChangeSet");
    }

    @Test
    void execute_withNoChanges_returnsTheCurrentOutputsWithoutExecuting() {
        cfnStub.on("DescribeStacks", stack("UPDATE_COMPLETE", Map.of(), Map.of("CallsTableName", "switchboard-calls")));

        DeployResult result = deployer.execute(ChangeSetPreview.noChanges(STACK, ChangeSetPreview.Kind.UPDATE), listener, () -> false);

        assertThat(result).isEqualTo(new DeployResult.Succeeded(STACK, "UPDATE_COMPLETE", Map.of("CallsTableName", "switchboard-calls")));
        assertThat(cfnStub.received("ExecuteChangeSet")).isEmpty();
    }
}
