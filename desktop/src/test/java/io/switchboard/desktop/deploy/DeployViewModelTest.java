package io.switchboard.desktop.deploy;

import static io.switchboard.desktop.testing.AwsWire.instance;
import static io.switchboard.desktop.testing.AwsWire.instances;
import static io.switchboard.stack.testing.CloudFormationWire.add;
import static io.switchboard.stack.testing.CloudFormationWire.changeSet;
import static io.switchboard.stack.testing.CloudFormationWire.changeSetCreated;
import static io.switchboard.stack.testing.CloudFormationWire.modify;
import static io.switchboard.stack.testing.CloudFormationWire.ok;
import static io.switchboard.stack.testing.CloudFormationWire.okNoResult;
import static io.switchboard.stack.testing.CloudFormationWire.stack;
import static io.switchboard.stack.testing.CloudFormationWire.stackDoesNotExist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.switchboard.desktop.aws.ClientCache;
import io.switchboard.desktop.connection.CallPlayer;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.SameThreadTaskExecutor;
import io.switchboard.desktop.testing.AwsWire;
import io.switchboard.stack.testing.CloudFormationWire.Timeline;
import io.switchboard.stack.testing.LoopbackAwsStub;
import io.switchboard.stack.testing.LoopbackAwsStub.Reply;
import io.switchboard.stack.deploy.PlannedChange;
import io.switchboard.stack.deploy.PlannedChange.Action;
import io.switchboard.stack.deploy.PlannedChange.Replacement;
import io.switchboard.stack.deploy.PollSchedule;
import io.switchboard.stack.deploy.StackEventRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Deploy page's flow against loopback CloudFormation, S3, STS and Connect stubs, on the same thread. */
class DeployViewModelTest {
    private static final String BUCKET = "/switchboard-artifacts-123456789012-eu-west-1";
    private static final String TABLE = "AWS::DynamoDB::Table";
    private static final String FUNCTION = "AWS::Lambda::Function";
    private static final String ROLE = "AWS::IAM::Role";
    private static final String ID_1 = "11111111-2222-3333-4444-555555555555";
    private static final String ID_2 = "66666666-7777-8888-9999-000000000000";

    @TempDir
    Path home;

    private LoopbackAwsStub stub;
    private ClientCache clients;
    private DeployViewModel model;
    private Path jar;
    private Path template;
    private Session session;
    private SimpleObjectProperty<Session> connection;

    @BeforeEach
    void start() throws Exception {
        stub = new LoopbackAwsStub(LoopbackAwsStub.BY_ACTION_OR_PATH);
        stub.on("GetCallerIdentity", AwsWire.callerIdentity());
        clients = new ClientCache(AwsWire.target(stub, home));
        session = new Session(clients.target(), "dev · eu-west-1", Map.of(), clients, CallPlayer.NONE);
        template = Files.writeString(home.resolve("switchboard.template.yaml"), "Resources: {}\n");
        jar = Files.write(home.resolve("switchboard-lambdas.jar"), new byte[4096]);
        model = model(d -> { });
    }

    private DeployViewModel model(PollSchedule.Sleeper sleeper) {
        SandboxProvisioning noSandbox = new SandboxProvisioning(FXCollections.observableArrayList(), new SimpleDoubleProperty(),
                FXCollections.observableArrayList());
        connection = new SimpleObjectProperty<>(session);
        return new DeployViewModel(new SameThreadTaskExecutor(), connection, noSandbox,
                new DeployInputs(() -> template, () -> jar), new PollSchedule(Duration.ofSeconds(2), Duration.ofSeconds(32), sleeper));
    }

    @AfterEach
    void stop() {
        clients.close();
        stub.close();
    }

    @Test
    void shown_whenTheAccountHasNoConnectInstance_offersOnlyDeployingWithoutConnect() {
        stub.on("DescribeStacks", stackDoesNotExist()).on("GET /instance", instances(null));

        model.shown();

        assertThat(model.sandboxMode().get()).isFalse();
        assertThat(model.form().instances()).containsExactly(InstanceChoice.NONE);
        assertThat(model.form().instance().get()).isEqualTo(InstanceChoice.NONE);
        assertThat(model.instancesNote().get()).startsWith("No Amazon Connect instance in eu-west-1: deploy without Connect");
        assertThat(model.stackStatus().get()).isEqualTo("Stack switchboard is not deployed in eu-west-1 yet. Deploy creates it.");
        assertThat(model.stackExists().get()).isFalse();
    }

    @Test
    void shown_whenTheAccountHasSeveralInstances_listsThemAndLetsTheUserPick() {
        stub.on("DescribeStacks", stackDoesNotExist())
                .on("GET /instance", instances(null, instance(ID_1, "acme-support", "ACTIVE"), instance(ID_2, "acme-sales", "ACTIVE")));

        model.shown();

        assertThat(model.form().instances()).extracting(InstanceChoice::label)
                .containsExactly("none — deploy without Connect", "acme-support", "acme-sales");
        assertThat(model.form().instance().get()).isEqualTo(InstanceChoice.NONE);
        assertThat(model.instancesNote().get()).isEqualTo("2 Connect instances in eu-west-1: pick the one to install the flows into.");
        model.form().instance().set(model.form().instances().get(2));
        assertThat(model.form().instanceError().get()).isEmpty();
        assertThat(model.form().parameters()).containsEntry("ConnectInstanceArn", AwsWire.instanceArn(ID_2));
    }

    @Test
    void shown_whenListingInstancesIsDenied_saysWhatToFixAndStillAllowsDeployingWithoutConnect() {
        stub.on("DescribeStacks", stackDoesNotExist())
                .on("GET /instance", AwsWire.connectError(403, "AccessDeniedException", "not authorized to perform: connect:ListInstances"));

        model.shown();

        assertThat(model.instancesProblem().get()).contains("may not list Amazon Connect instances")
                .contains("(request id stub-request)");
        assertThat(model.form().instances()).containsExactly(InstanceChoice.NONE);
        assertThat(model.form().valid().get()).isTrue();
    }

    @Test
    void shown_forAnExistingStack_startsTheFormFromItsParameters() {
        stub.on("DescribeStacks", stack("UPDATE_COMPLETE", Map.of("ConnectInstanceArn", AwsWire.instanceArn(ID_2),
                        "TransferQueueArn", AwsWire.instanceArn(ID_2) + "/queue/" + ID_1,
                        "CallRetentionDays", "365", "LogRetentionDays", "14"), Map.of("CallsTableName", "switchboard-calls")))
                .on("GET /instance", instances(null, instance(ID_1, "acme-support", "ACTIVE"), instance(ID_2, "acme-sales", "ACTIVE")));

        model.shown();

        assertThat(model.stackStatus().get()).isEqualTo("Stack switchboard in eu-west-1: UPDATE_COMPLETE. Deploy updates it.");
        assertThat(model.form().instance().get().label()).isEqualTo("acme-sales");
        assertThat(model.form().callRetentionDays().get()).isEqualTo("365");
        assertThat(model.form().logRetentionDays().get()).isEqualTo(14);
        assertThat(model.form().transferQueueArn().get()).isEqualTo(AwsWire.instanceArn(ID_2) + "/queue/" + ID_1);
        assertThat(model.form().transferQueueArnError().get()).isEmpty();
        assertThat(model.form().parameters()).containsEntry("TransferQueueArn", AwsWire.instanceArn(ID_2) + "/queue/" + ID_1);
        assertThat(model.outputs()).containsExactly(new OutputRow("CallsTableName", "switchboard-calls"));
    }

    @Test
    void form_withBadValues_saysWhatToFixFieldByField_andDeploySendsNothing() {
        DeployForm form = model.form();
        form.stackName().set("my_stack");
        form.wrappedFunctionArn().set("arn:aws:s3:::bucket");
        form.callRetentionDays().set("0");
        form.slowLookupDelayMs().set("fast");
        form.logRetentionDays().set(2);

        assertThat(form.stackNameError().get()).isEqualTo("A stack name has only letters, digits and hyphens: no spaces, underscores or dots.");
        assertThat(form.wrappedFunctionArnError().get()).startsWith("Not a Lambda function ARN");
        assertThat(form.callRetentionDaysError().get()).isEqualTo("Call retention must be from 1 to 3650 days (not 0).");
        assertThat(form.slowLookupDelayMsError().get()).isEqualTo("The slow lookup's delay is a whole number of ms from 0 to 60000.");
        assertThat(form.logRetentionDaysError().get()).startsWith("Pick a log retention CloudWatch allows");
        assertThat(form.valid().get()).isFalse();

        model.deploy();

        assertThat(model.problem().get()).startsWith("Fix the form first: A stack name has only letters");
        assertThat(model.stage().get()).isEqualTo(DeployViewModel.Stage.FORM);
        assertThat(stub.received()).isEmpty();

        form.stackName().set("9lives");
        assertThat(form.stackNameError().get()).isEqualTo("A stack name starts with a letter (A–Z or a–z).");
        form.stackName().set("");
        assertThat(form.stackNameError().get()).isEqualTo("Enter a stack name.");
        form.stackName().set("a".repeat(129));
        assertThat(form.stackNameError().get()).startsWith("A stack name has at most 128 characters");
        form.stackName().set("switchboard-prod");
        form.wrappedFunctionArn().set("arn:aws:lambda:eu-west-1:123456789012:function:lookup:live");
        assertThat(form.stackNameError().get()).isEmpty();
        assertThat(form.wrappedFunctionArnError().get()).isEmpty();
    }

    @Test
    void form_transferQueue_isEmptyOrAQueueOfTheChosenInstance() {
        DeployForm form = model.form();
        assertThat(form.transferQueueArnError().get()).isEmpty();
        assertThat(form.parameters()).containsEntry("TransferQueueArn", "");

        String queueOfInstance1 = AwsWire.instanceArn(ID_1) + "/queue/" + ID_2;
        form.transferQueueArn().set(queueOfInstance1);
        assertThat(form.transferQueueArnError().get()).startsWith("A transfer queue needs a Connect instance");
        assertThat(form.valid().get()).isFalse();

        form.instance().set(new InstanceChoice("acme-sales", AwsWire.instanceArn(ID_2), "ACTIVE"));
        assertThat(form.transferQueueArnError().get())
                .isEqualTo("This queue is not in the chosen instance: its ARN must start with " + AwsWire.instanceArn(ID_2) + "/queue/.");

        form.instance().set(new InstanceChoice("acme-support", AwsWire.instanceArn(ID_1), "ACTIVE"));
        assertThat(form.transferQueueArnError().get()).isEmpty();
        assertThat(form.valid().get()).isTrue();
        form.transferQueueArn().set("  " + queueOfInstance1 + " ");
        assertThat(form.parameters()).containsEntry("TransferQueueArn", queueOfInstance1);

        form.transferQueueArn().set(AwsWire.instanceArn(ID_1) + "/queue/support");
        assertThat(form.transferQueueArnError().get()).startsWith("Not an Amazon Connect queue ARN");
        form.transferQueueArn().set(AwsWire.instanceArn(ID_1));
        assertThat(form.transferQueueArnError().get()).startsWith("Not an Amazon Connect queue ARN");
        form.transferQueueArn().set("");
        assertThat(form.transferQueueArnError().get()).isEmpty();
    }

    @Test
    void form_businessWords_areLettersOnlyOfThreeToTwelveWithoutProfanity_andReachTheTemplateNormalised() {
        DeployForm form = model.form();
        assertThat(form.vanityExtraWordsError().get()).isEmpty();
        assertThat(form.parameters()).containsEntry("VanityExtraWords", "");

        form.vanityExtraWords().set(" Acme , FedEx,, München ");
        assertThat(form.vanityExtraWordsError().get()).isEmpty();
        assertThat(form.parameters()).containsEntry("VanityExtraWords", "Acme,FedEx,München");

        form.vanityExtraWords().set("ACME,3M");
        assertThat(form.vanityExtraWordsError().get()).startsWith("Business word \"3M\" has '3': letters only");
        assertThat(form.valid().get()).isFalse();
        form.vanityExtraWords().set("ACME,GE");
        assertThat(form.vanityExtraWordsError().get()).isEqualTo("Business word \"GE\" has 2 letters: 3 to 12 are allowed.");
        form.vanityExtraWords().set("ACME,shit");
        assertThat(form.vanityExtraWordsError().get()).isEqualTo("Business word \"shit\" is on the profanity list.");
        form.vanityExtraWords().set("ACMEA,ACMEB,ACMEC,ACMED,ACMEE,ACMEF,ACMEG,ACMEH,ACMEI,ACMEJ,ACMEK,ACMEL,ACMEM,ACMEN,ACMEO,ACMEP,ACMEQ");
        assertThat(form.vanityExtraWordsError().get()).startsWith("At most 100 characters of business words (these are 101)");
        form.vanityExtraWords().set("ACME");
        assertThat(form.valid().get()).isTrue();
    }

    @Test
    void form_wrappedFunctionPattern_isTheTemplatesOwn() throws Exception {
        String template = Files.readString(Path.of("..", "stack", "template.yaml"));
        assertThat(template).contains("AllowedPattern: '" + DeployFormRules.VANITY_EXTRA_WORDS_PATTERN + "'")
                .contains("MaxLength: " + DeployFormRules.VANITY_EXTRA_WORDS_MAX_LENGTH);
        assertThat(template).contains("AllowedPattern: \"" + DeployFormRules.WRAPPED_FUNCTION_PATTERN + "\"")
                .contains("AllowedPattern: \"" + DeployFormRules.CONNECT_INSTANCE_PATTERN + "\"")
                .contains("AllowedPattern: \"" + DeployFormRules.TRANSFER_QUEUE_PATTERN + "\"")
                .contains("AllowedValues: " + DeployFormRules.LOG_RETENTION_DAYS.toString());
    }

    @Test
    void deploy_newStack_uploadsTheJarShowsThePreviewThenEventsProgressAndOutputs() throws Exception {
        String key = BUCKET + "/switchboard-lambdas-" + sha256Prefix(Files.readAllBytes(jar)) + ".jar";
        bucketAccepted();
        stub.on("HEAD " + key, Reply.empty(404)).on("PUT " + key, new Reply(200, "", Map.of("ETag", "\"abc\"")));
        Timeline events = new Timeline()
                .stackEvent("REVIEW_IN_PROGRESS", "User Initiated")
                .stackEvent("CREATE_IN_PROGRESS", "User Initiated")
                .event("CallsTable", TABLE, "CREATE_IN_PROGRESS")
                .event("CallsTable", TABLE, "CREATE_COMPLETE")
                .event("VanityFunction", FUNCTION, "CREATE_IN_PROGRESS")
                .event("VanityFunction", FUNCTION, "CREATE_COMPLETE")
                .stackEvent("CREATE_COMPLETE", null);
        stub.on("DescribeStacks", stackDoesNotExist(), stack("REVIEW_IN_PROGRESS"),
                        stack("CREATE_COMPLETE", Map.of(), Map.of("VanityFunctionAliasArn", "arn:aws:lambda:eu-west-1:123456789012:function:switchboard-vanity:live",
                                "CallsTableName", "switchboard-calls")))
                .on("CreateChangeSet", changeSetCreated())
                .on("DescribeChangeSet", changeSet("CREATE_COMPLETE", "AVAILABLE", null, null,
                        add("CallsTable", TABLE), add("VanityFunction", FUNCTION)))
                .on("ExecuteChangeSet", ok("ExecuteChangeSet", ""))
                .on("DescribeStackEvents", events.upTo(1), events.upTo(4), events.upTo(7));

        List<Map<String, String>> reported = new java.util.ArrayList<>();
        model.onStackChanged(reported::add);

        model.deploy();

        assertThat(model.stage().get()).isEqualTo(DeployViewModel.Stage.PREVIEW);
        assertThat(model.changes()).extracting(PlannedChange::action, PlannedChange::logicalId, PlannedChange::resourceType)
                .containsExactly(tuple(Action.ADD, "CallsTable", TABLE), tuple(Action.ADD, "VanityFunction", FUNCTION));
        assertThat(model.previewSummary().get()).startsWith("Creates stack switchboard: 2 add.");
        assertThat(stub.received("PUT " + key)).hasSize(1);
        assertThat(stub.received("PUT " + BUCKET + "?publicAccessBlock")).hasSize(1);
        assertThat(stub.received("CreateChangeSet").get(0).form())
                .containsValue("ConnectInstanceArn").containsValue("CallRetentionDays").containsValue(key.substring(BUCKET.length() + 1));
        assertThat(stub.received("ExecuteChangeSet")).isEmpty();

        model.confirm();

        assertThat(model.stage().get()).isEqualTo(DeployViewModel.Stage.SUCCEEDED);
        assertThat(model.events()).extracting(e -> e.logicalId() + " " + e.status()).containsExactly(
                "switchboard CREATE_IN_PROGRESS", "CallsTable CREATE_IN_PROGRESS", "CallsTable CREATE_COMPLETE",
                "VanityFunction CREATE_IN_PROGRESS", "VanityFunction CREATE_COMPLETE", "switchboard CREATE_COMPLETE");
        assertThat(model.progress().get()).isEqualTo(1.0);
        assertThat(model.progressText().get()).isEqualTo("3 of 3 resources done");
        assertThat(model.outputs()).containsExactly(new OutputRow("CallsTableName", "switchboard-calls"),
                new OutputRow("VanityFunctionAliasArn", "arn:aws:lambda:eu-west-1:123456789012:function:switchboard-vanity:live"));
        assertThat(model.result().get()).startsWith("Deployed: switchboard: CREATE_COMPLETE").endsWith("Calls, Executions and Replay use it now.");
        assertThat(model.running().get()).isFalse();
        // The other pages get the new outputs without a reconnect; this page keeps showing the deploy.
        assertThat(reported).containsExactly(Map.of("CallsTableName", "switchboard-calls",
                "VanityFunctionAliasArn", "arn:aws:lambda:eu-west-1:123456789012:function:switchboard-vanity:live"));
        connection.set(session.withOutputs(reported.get(0)));
        assertThat(model.stage().get()).isEqualTo(DeployViewModel.Stage.SUCCEEDED);
        assertThat(model.events()).hasSize(6);
    }

    @Test
    void deploy_updateThatFails_showsTheFirstFailedResourceItsReasonAndTheRollback() throws Exception {
        String key = BUCKET + "/switchboard-lambdas-" + sha256Prefix(Files.readAllBytes(jar)) + ".jar";
        bucketAccepted();
        stub.on("HEAD " + key, new Reply(200, "", Map.of("Content-Length", "4096")));
        Timeline events = new Timeline()
                .stackEvent("UPDATE_COMPLETE", null)
                .stackEvent("UPDATE_IN_PROGRESS", "User Initiated")
                .event("VanityFunction", FUNCTION, "UPDATE_FAILED", "Resource handler returned message: \"Memory size 99 is invalid\"")
                .event("VanityRole", ROLE, "UPDATE_FAILED", "Resource update cancelled")
                .stackEvent("UPDATE_ROLLBACK_IN_PROGRESS", "The following resource(s) failed to update: [VanityFunction].")
                .event("VanityFunction", FUNCTION, "UPDATE_COMPLETE")
                .stackEvent("UPDATE_ROLLBACK_COMPLETE", null);
        stub.on("DescribeStacks", stack("UPDATE_COMPLETE"))
                .on("CreateChangeSet", changeSetCreated())
                .on("DescribeChangeSet", changeSet("CREATE_COMPLETE", "AVAILABLE", null, null,
                        modify("VanityFunction", FUNCTION, "MemorySize", "Never", "False"),
                        modify("VanityVersion", "AWS::Lambda::Version", "Description", "Always", "True")))
                .on("ExecuteChangeSet", ok("ExecuteChangeSet", ""))
                .on("DescribeStackEvents", events.upTo(1), events.upTo(7));

        model.deploy();
        assertThat(model.changes()).extracting(PlannedChange::action, PlannedChange::logicalId, PlannedChange::replacement)
                .containsExactly(tuple(Action.MODIFY, "VanityFunction", Replacement.FALSE),
                        tuple(Action.MODIFY, "VanityVersion", Replacement.TRUE));
        assertThat(model.previewSummary().get()).isEqualTo("Updates stack switchboard: 2 modify (1 replaced: new physical resources)."
                + " Confirm to apply, or discard to change nothing.");
        assertThat(stub.received()).noneMatch(r -> r.method().equals("PUT") && r.path().endsWith(".jar"));
        model.confirm();

        assertThat(model.stage().get()).isEqualTo(DeployViewModel.Stage.FAILED);
        assertThat(model.failedResource().get()).isEqualTo("VanityFunction (AWS::Lambda::Function) failed");
        assertThat(model.failureReason().get()).isEqualTo("Resource handler returned message: \"Memory size 99 is invalid\"");
        assertThat(model.rollbackOutcome().get()).isEqualTo("The update was rolled back: the stack is as it was before.");
        assertThat(model.progressText().get()).endsWith(" — ended UPDATE_ROLLBACK_COMPLETE");
        assertThat(model.events()).extracting(StackEventRecord::status).contains("UPDATE_FAILED", "UPDATE_ROLLBACK_COMPLETE");
        assertThat(model.outputs()).isEmpty();
    }

    @Test
    void discard_dropsTheChangeSetAndChangesNothing() throws Exception {
        String key = BUCKET + "/switchboard-lambdas-" + sha256Prefix(Files.readAllBytes(jar)) + ".jar";
        bucketAccepted();
        stub.on("HEAD " + key, new Reply(200, "", Map.of("Content-Length", "4096")))
                .on("DescribeStacks", stackDoesNotExist())
                .on("CreateChangeSet", changeSetCreated())
                .on("DescribeChangeSet", changeSet("CREATE_COMPLETE", "AVAILABLE", null, null, add("CallsTable", TABLE)))
                .on("DeleteChangeSet", ok("DeleteChangeSet", ""));

        model.deploy();
        model.discard();

        assertThat(model.stage().get()).isEqualTo(DeployViewModel.Stage.FORM);
        assertThat(model.changes()).isEmpty();
        assertThat(model.result().get()).isEqualTo("Change set discarded: nothing was changed.");
        assertThat(stub.received("DeleteChangeSet")).hasSize(1);
        assertThat(stub.received("ExecuteChangeSet")).isEmpty();
    }

    @Test
    void deploy_whenTheBucketBelongsToSomeoneElse_saysSoInWordsWithTheRequestId() {
        stub.on("PUT " + BUCKET, Reply.xml(409, "<Error><Code>BucketAlreadyExists</Code><Message>The requested bucket name is not"
                + " available.</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>"));

        model.deploy();

        assertThat(model.stage().get()).isEqualTo(DeployViewModel.Stage.FORM);
        assertThat(model.problem().get()).contains("The requested bucket name is not available").contains("request id 4442587FB7D0A2F9")
                .doesNotContain("Exception");
    }

    @Test
    void delete_streamsTheDeletionAndSaysTheStackIsGone() {
        Timeline events = new Timeline()
                .stackEvent("CREATE_COMPLETE", null)
                .stackEvent("DELETE_IN_PROGRESS", "User Initiated")
                .event("CallsTable", TABLE, "DELETE_COMPLETE")
                .stackEvent("DELETE_COMPLETE", null);
        stub.on("DescribeStacks", stack("CREATE_COMPLETE"))
                .on("ListStackResources", ok("ListStackResources", "<StackResourceSummaries><member><LogicalResourceId>CallsTable"
                        + "</LogicalResourceId><PhysicalResourceId>calls</PhysicalResourceId><ResourceType>" + TABLE
                        + "</ResourceType><LastUpdatedTimestamp>2024-05-01T10:00:00Z</LastUpdatedTimestamp>"
                        + "<ResourceStatus>CREATE_COMPLETE</ResourceStatus></member></StackResourceSummaries>"))
                .on("DeleteStack", okNoResult("DeleteStack"))
                .on("DescribeStackEvents", events.upTo(1), events.upTo(4));
        List<Map<String, String>> reported = new java.util.ArrayList<>();
        model.onStackChanged(reported::add);

        model.delete();

        assertThat(model.stage().get()).isEqualTo(DeployViewModel.Stage.SUCCEEDED);
        assertThat(model.result().get()).isEqualTo("Stack switchboard deleted.");
        assertThat(reported).containsExactly(Map.of());
        assertThat(model.stackExists().get()).isFalse();
        assertThat(model.progress().get()).isEqualTo(1.0);
        assertThat(model.events()).extracting(e -> e.logicalId() + " " + e.status())
                .containsExactly("switchboard DELETE_IN_PROGRESS", "CallsTable DELETE_COMPLETE", "switchboard DELETE_COMPLETE");
    }

    @Test
    void cancel_whileWatching_stopsWatchingAndSaysTheStackCarriesOn() {
        model = model(pause -> model.cancel()); // the user presses Cancel while the deployer waits between polls
        Timeline events = new Timeline()
                .stackEvent("CREATE_COMPLETE", null)
                .stackEvent("DELETE_IN_PROGRESS", "User Initiated")
                .event("CallsTable", TABLE, "DELETE_IN_PROGRESS");
        stub.on("DescribeStacks", stack("CREATE_COMPLETE"))
                .on("ListStackResources", ok("ListStackResources", "<StackResourceSummaries/>"))
                .on("DeleteStack", okNoResult("DeleteStack"))
                .on("DescribeStackEvents", events.upTo(1), events.upTo(3));

        model.delete();

        assertThat(model.stage().get()).isEqualTo(DeployViewModel.Stage.CANCELLED);
        assertThat(model.running().get()).isFalse();
        assertThat(model.result().get()).contains("left as it is").contains("CloudFormation finishes or rolls back");
        assertThat(stub.received("DescribeStackEvents")).as("no polling after Cancel").hasSizeLessThanOrEqualTo(3);
    }

    private void bucketAccepted() {
        stub.on("PUT " + BUCKET, Reply.empty(200))
                .on("PUT " + BUCKET + "?versioning", Reply.empty(200))
                .on("PUT " + BUCKET + "?encryption", Reply.empty(200))
                .on("PUT " + BUCKET + "?publicAccessBlock", Reply.empty(200));
    }

    private static String sha256Prefix(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 16);
    }
}
