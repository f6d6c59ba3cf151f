package io.switchboard.stack.deploy;

import io.switchboard.stack.ContentHash;
import io.switchboard.stack.testing.LoopbackAwsStub;
import static io.switchboard.stack.testing.CloudFormationWire.CHANGE_SET_ID;
import static io.switchboard.stack.testing.CloudFormationWire.add;
import static io.switchboard.stack.testing.CloudFormationWire.changeSet;
import static io.switchboard.stack.testing.CloudFormationWire.changeSetCreated;
import static io.switchboard.stack.testing.CloudFormationWire.modify;
import static io.switchboard.stack.testing.CloudFormationWire.ok;
import static io.switchboard.stack.testing.CloudFormationWire.remove;
import static io.switchboard.stack.testing.CloudFormationWire.stack;
import static io.switchboard.stack.testing.CloudFormationWire.stackDoesNotExist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.switchboard.stack.testing.LoopbackAwsStub.Reply;
import io.switchboard.stack.deploy.PlannedChange.Action;
import io.switchboard.stack.deploy.PlannedChange.Replacement;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Change set creation and preview against a CloudFormation Query-protocol stub. */
class DeployChangeSetPreviewTest {

    @TempDir
    Path dir;

    private LoopbackAwsStub cfnStub;
    private LoopbackAwsStub s3Stub;
    private CloudFormationClient cfn;
    private S3Client s3;
    private StackDeployer deployer;
    private final List<Duration> sleeps = new ArrayList<>();
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void start() throws IOException {
        cfnStub = new LoopbackAwsStub(LoopbackAwsStub.BY_ACTION);
        s3Stub = new LoopbackAwsStub(LoopbackAwsStub.BY_METHOD_AND_PATH);
        cfn = DeployClients.cloudFormation(cfnStub.endpoint(), "eu-west-1");
        s3 = DeployClients.s3(s3Stub.endpoint(), "eu-west-1");
        ArtifactStore artifacts = new ArtifactStore(s3, "123456789012", "eu-west-1");
        deployer = new StackDeployer(cfn, artifacts, new PollSchedule(Duration.ofSeconds(2), Duration.ofSeconds(32), sleeps::add));
    }

    @AfterEach
    void stop() {
        cfn.close();
        s3.close();
        cfnStub.close();
        s3Stub.close();
    }

    private DeployRequest request(String template) throws IOException {
        Path file = Files.writeString(dir.resolve("switchboard.template.yaml"), template);
        return new DeployRequest("switchboard", file, Map.of("CallRetentionDays", "30"));
    }

    @Test
    void prepare_forANewStack_createsACreateChangeSetAndListsEveryAddAcrossPages() throws IOException {
        cfnStub.on("DescribeStacks", stackDoesNotExist())
                .on("CreateChangeSet", changeSetCreated())
                .on("DescribeChangeSet",
                        changeSet("CREATE_PENDING", "UNAVAILABLE", null, null),
                        changeSet("CREATE_COMPLETE", "AVAILABLE", null, "page-2",
                                add("CallsTable", "AWS::DynamoDB::Table"), add("VanityFunction", "AWS::Lambda::Function")),
                        changeSet("CREATE_COMPLETE", "AVAILABLE", null, null, add("VanityAlias", "AWS::Lambda::Alias")));

        ChangeSetPreview preview = deployer.prepare(request("Resources: {}\n"), listener);

        assertThat(preview.kind()).isEqualTo(ChangeSetPreview.Kind.CREATE);
        assertThat(preview.hasChanges()).isTrue();
        assertThat(preview.changeSetId()).isEqualTo(CHANGE_SET_ID);
        assertThat(preview.changes()).extracting(PlannedChange::action, PlannedChange::logicalId, PlannedChange::resourceType)
                .containsExactly(tuple(Action.ADD, "CallsTable", "AWS::DynamoDB::Table"),
                        tuple(Action.ADD, "VanityFunction", "AWS::Lambda::Function"),
                        tuple(Action.ADD, "VanityAlias", "AWS::Lambda::Alias"));
        assertThat(preview.progressTotal()).isEqualTo(4);

        Map<String, String> create = cfnStub.received("CreateChangeSet").get(0).form();
        assertThat(create).containsEntry("Version", "2010-05-15")
                .containsEntry("StackName", "switchboard")
                .containsEntry("ChangeSetType", "CREATE")
                .containsEntry("Capabilities.member.1", "CAPABILITY_IAM")
                .containsEntry("Capabilities.member.2", "CAPABILITY_NAMED_IAM")
                .containsEntry("Capabilities.member.3", "CAPABILITY_AUTO_EXPAND")
                .containsEntry("Parameters.member.1.ParameterKey", "CallRetentionDays")
                .containsEntry("Parameters.member.1.ParameterValue", "30")
                .containsEntry("TemplateBody", "Resources: {}\n")
                .doesNotContainKey("TemplateURL");
        assertThat(create.get("ChangeSetName")).matches("[a-zA-Z][-a-zA-Z0-9]*");
        assertThat(cfnStub.received("DescribeChangeSet").get(2).form()).containsEntry("NextToken", "page-2");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2)); // one wait while CREATE_PENDING
    }

    @Test
    void prepare_forAnExistingStack_showsModifyWithReplacementAndKeepsOtherParameters() throws IOException {
        cfnStub.on("DescribeStacks", stack("UPDATE_COMPLETE",
                        Map.of("ConnectInstanceArn", "arn:aws:connect:eu-west-1:123456789012:instance/abc",
                                "CallRetentionDays", "90"), Map.of()))
                .on("CreateChangeSet", changeSetCreated())
                .on("DescribeChangeSet", changeSet("CREATE_COMPLETE", "AVAILABLE", null, null,
                        modify("VanityVersion", "AWS::Lambda::Version", "Description", "Always", "True"),
                        modify("VanityFunction", "AWS::Lambda::Function", "Code", "Never", "False"),
                        remove("OldTable", "AWS::DynamoDB::Table")));

        ChangeSetPreview preview = deployer.prepare(request("Resources: {}\n"), listener);

        assertThat(preview.kind()).isEqualTo(ChangeSetPreview.Kind.UPDATE);
        assertThat(preview.changes()).containsExactly(
                new PlannedChange(Action.MODIFY, "VanityVersion", "AWS::Lambda::Version", Replacement.TRUE,
                        "Description (replaces the resource)"),
                new PlannedChange(Action.MODIFY, "VanityFunction", "AWS::Lambda::Function", Replacement.FALSE, "Code"),
                new PlannedChange(Action.REMOVE, "OldTable", "AWS::DynamoDB::Table", Replacement.FALSE, ""));
        Map<String, String> create = cfnStub.received("CreateChangeSet").get(0).form();
        assertThat(create).containsEntry("ChangeSetType", "UPDATE")
                .containsEntry("Parameters.member.1.ParameterKey", "CallRetentionDays")
                .containsEntry("Parameters.member.1.ParameterValue", "30")
                .containsEntry("Parameters.member.2.ParameterKey", "ConnectInstanceArn")
                .containsEntry("Parameters.member.2.UsePreviousValue", "true")
                .doesNotContainKey("Parameters.member.2.ParameterValue");
    }

    @Test
    void prepare_whenNothingChanged_saysNoChangesAndDeletesTheChangeSet() throws IOException {
        cfnStub.on("DescribeStacks", stack("UPDATE_COMPLETE"))
                .on("CreateChangeSet", changeSetCreated())
                .on("DescribeChangeSet", changeSet("FAILED", "UNAVAILABLE",
                        "The submitted information didn't contain changes. Submit different information to create a change set.", null))
                .on("DeleteChangeSet", ok("DeleteChangeSet", ""));

        ChangeSetPreview preview = deployer.prepare(request("Resources: {}\n"), listener);

        assertThat(preview.status()).isEqualTo(ChangeSetPreview.Status.NO_CHANGES);
        assertThat(preview.changes()).isEmpty();
        assertThat(cfnStub.received("DeleteChangeSet")).singleElement()
                .satisfies(r -> assertThat(r.form()).containsEntry("ChangeSetName", CHANGE_SET_ID));
    }

    @Test
    void prepare_whenTheChangeSetFailsForAnotherReason_reportsCloudFormationsReason() throws IOException {
        cfnStub.on("DescribeStacks", stackDoesNotExist())
                .on("CreateChangeSet", changeSetCreated())
                .on("DescribeChangeSet", changeSet("FAILED", "UNAVAILABLE",
                        "Template format error: Unresolved resource dependencies [Missing] in the Resources block", null))
                .on("DeleteChangeSet", ok("DeleteChangeSet", ""));

        assertThatThrownBy(() -> deployer.prepare(request("Resources: {}\n"), listener))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("Unresolved resource dependencies [Missing]");
    }

    @Test
    void prepare_whenAFailedCreateLeftTheStackRolledBack_asksToDeleteItFirst() throws IOException {
        cfnStub.on("DescribeStacks", stack("ROLLBACK_COMPLETE"));

        assertThatThrownBy(() -> deployer.prepare(request("Resources: {}\n"), listener))
                .isInstanceOf(DeployException.class)
                .hasMessageContaining("ROLLBACK_COMPLETE")
                .hasMessageContaining("delete it");
        assertThat(cfnStub.received("CreateChangeSet")).isEmpty();
    }

    @Test
    void prepare_withATemplateOver51200Bytes_uploadsItAndPassesItsUrl() throws IOException {
        String bucket = "/switchboard-artifacts-123456789012-eu-west-1";
        String template = "Description: big\n" + "# padding\n".repeat(6_000);
        String key = "templates/switchboard-" + ContentHash.sha256Prefix16(template.getBytes()) + ".template";
        s3Stub.on("HEAD " + bucket + "/" + key, Reply.empty(404)).on("PUT " + bucket + "/" + key, Reply.empty(200));
        cfnStub.on("DescribeStacks", stackDoesNotExist())
                .on("CreateChangeSet", changeSetCreated())
                .on("DescribeChangeSet", changeSet("CREATE_COMPLETE", "AVAILABLE", null, null, add("CallsTable", "AWS::DynamoDB::Table")));

        deployer.prepare(request(template), listener);

        Map<String, String> create = cfnStub.received("CreateChangeSet").get(0).form();
        assertThat(create).doesNotContainKey("TemplateBody");
        assertThat(create.get("TemplateURL")).endsWith(bucket + "/" + key);
        assertThat(s3Stub.received("PUT " + bucket + "/" + key)).hasSize(1);
    }
}
