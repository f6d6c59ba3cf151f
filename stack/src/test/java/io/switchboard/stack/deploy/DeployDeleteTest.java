package io.switchboard.stack.deploy;

import io.switchboard.stack.testing.LoopbackAwsStub;
import static io.switchboard.stack.testing.CloudFormationWire.STACK;
import static io.switchboard.stack.testing.CloudFormationWire.STACK_ID;
import static io.switchboard.stack.testing.CloudFormationWire.error;
import static io.switchboard.stack.testing.CloudFormationWire.ok;
import static io.switchboard.stack.testing.CloudFormationWire.okNoResult;
import static io.switchboard.stack.testing.CloudFormationWire.stack;
import static io.switchboard.stack.testing.CloudFormationWire.stackDoesNotExist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.switchboard.stack.testing.CloudFormationWire.Timeline;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Deleting the stack against a scripted CloudFormation Query-protocol stub. */
class DeployDeleteTest {

    private static final String TABLE = "AWS::DynamoDB::Table";
    private static final String FUNCTION = "AWS::Lambda::Function";
    private static final String ROLE = "AWS::IAM::Role";

    private LoopbackAwsStub cfnStub;
    private CloudFormationClient cfn;
    private S3Client s3;
    private StackDeployer deployer;
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void start() throws IOException {
        cfnStub = new LoopbackAwsStub(LoopbackAwsStub.BY_ACTION);
        cfn = DeployClients.cloudFormation(cfnStub.endpoint(), "eu-west-1");
        s3 = DeployClients.s3(cfnStub.endpoint(), "eu-west-1");
        deployer = new StackDeployer(cfn, new ArtifactStore(s3, "123456789012", "eu-west-1"),
                new PollSchedule(Duration.ofSeconds(2), Duration.ofSeconds(32), d -> { }));
    }

    @AfterEach
    void stop() {
        cfn.close();
        s3.close();
        cfnStub.close();
    }

    @Test
    void delete_streamsTheDeletionUntilTheStackIsGone() {
        Timeline events = new Timeline()
                .stackEvent("CREATE_COMPLETE", null)
                .stackEvent("DELETE_IN_PROGRESS", "User Initiated")
                .event("VanityFunction", FUNCTION, "DELETE_COMPLETE")
                .event("VanityFunctionRole", ROLE, "DELETE_COMPLETE")
                .event("CallsTable", TABLE, "DELETE_SKIPPED")
                .stackEvent("DELETE_COMPLETE", null);
        cfnStub.on("DescribeStacks", stack("CREATE_COMPLETE"))
                .on("ListStackResources", ok("ListStackResources", "<StackResourceSummaries>"
                        + resource("CallsTable", TABLE) + resource("VanityFunctionRole", ROLE) + resource("VanityFunction", FUNCTION)
                        + "</StackResourceSummaries>"))
                .on("DeleteStack", okNoResult("DeleteStack"))
                .on("DescribeStackEvents", events.upTo(1), events.upTo(3), events.upTo(6));

        DeployResult result = deployer.delete(STACK, listener, () -> false);

        assertThat(result).isEqualTo(new DeployResult.Succeeded(STACK, "DELETE_COMPLETE", Map.of()));
        assertThat(listener.progressLines()).containsExactly("0/4", "1/4", "2/4", "3/4", "4/4");
        assertThat(cfnStub.received("DeleteStack")).singleElement()
                .satisfies(r -> assertThat(r.form()).containsEntry("StackName", STACK_ID));
        assertThat(listener.phases).contains("Deleting stack switchboard");
    }

    @Test
    void delete_whenResourcesCannotBeDeleted_namesTheFirstAndSaysTheStackRemains() {
        Timeline events = new Timeline()
                .stackEvent("CREATE_COMPLETE", null)
                .stackEvent("DELETE_IN_PROGRESS", "User Initiated")
                .event("CallsTable", TABLE, "DELETE_FAILED", "Table is being used by another operation")
                .stackEvent("DELETE_FAILED", "The following resource(s) failed to delete: [CallsTable].");
        cfnStub.on("DescribeStacks", stack("CREATE_COMPLETE"))
                .on("ListStackResources", ok("ListStackResources", "<StackResourceSummaries>" + resource("CallsTable", TABLE)
                        + "</StackResourceSummaries>"))
                .on("DeleteStack", okNoResult("DeleteStack"))
                .on("DescribeStackEvents", events.upTo(1), events.upTo(4));

        DeployResult result = deployer.delete(STACK, listener, () -> false);

        assertThat(result.summary()).contains("CallsTable (AWS::DynamoDB::Table) failed: Table is being used by another operation")
                .contains("The stack was not deleted (DELETE_FAILED).");
    }

    @Test
    void delete_whenTheStackDoesNotExist_saysSo() {
        cfnStub.on("DescribeStacks", stackDoesNotExist());

        assertThatThrownBy(() -> deployer.delete(STACK, listener, () -> false))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("Stack switchboard does not exist");
        assertThat(cfnStub.received("DeleteStack")).isEmpty();
    }

    @Test
    void delete_whenAccessIsDenied_passesOnCloudFormationsMessage() {
        cfnStub.on("DescribeStacks", stack("CREATE_COMPLETE"))
                .on("ListStackResources", error("AccessDenied",
                        "User: arn:aws:iam::123456789012:user/sam is not authorized to perform: cloudformation:ListStackResources"));

        assertThatThrownBy(() -> deployer.delete(STACK, listener, () -> false))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("Could not delete switchboard")
                .hasMessageContaining("is not authorized to perform: cloudformation:ListStackResources");
    }

    private static String resource(String logicalId, String type) {
        return "<member><LogicalResourceId>" + logicalId + "</LogicalResourceId><PhysicalResourceId>" + logicalId.toLowerCase()
                + "</PhysicalResourceId><ResourceType>" + type + "</ResourceType><LastUpdatedTimestamp>2024-05-01T10:00:00Z"
                + "</LastUpdatedTimestamp><ResourceStatus>CREATE_COMPLETE</ResourceStatus></member>";
    }
}
