package io.switchboard.stack.sandbox;

import io.switchboard.stack.deploy.DeployListener;
import io.switchboard.dynamodb.DynamoDbServer;
import io.switchboard.stack.sandbox.dynamodb.EarlierTablesCopy;
import io.switchboard.stack.sandbox.dynamodb.SandboxDynamoDbClient;
import io.switchboard.stack.sandbox.lambda.LambdaApiServer;
import io.switchboard.stack.sandbox.lambda.SandboxFunctions;
import io.switchboard.stack.sandbox.stepfunctions.StepFunctionsSandbox;
import io.switchboard.stack.template.NotEmulatedResource;
import io.switchboard.stack.template.PseudoParameters;
import io.switchboard.stack.template.SandboxPlan;
import io.switchboard.stack.template.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The local cloud: Switchboard's DynamoDB engine, the Lambda Invoke API and the Step Functions API on loopback,
 * provisioned from the packaged template. Real AWS SDK clients talk to it through
 * {@code endpointOverride} with any static credentials.
 */
public final class Sandbox implements AutoCloseable {
    /** The engine's folder inside the sandbox folder; DynamoDB Local's was {@code dynamodb/}, left untouched. */
    public static final String TABLES_FOLDER = "tables";

    private final SandboxPlan plan;
    private final Map<String, String> outputs;
    private final List<AutoCloseable> parts;
    private final URI dynamoDbEndpoint;
    private final URI lambdaEndpoint;
    private final URI stepFunctionsEndpoint;
    private final StepFunctionsSandbox stepFunctions;
    private final List<String> notices;

    private Sandbox(SandboxPlan plan, Map<String, String> outputs, List<AutoCloseable> parts,
                    URI dynamoDbEndpoint, URI lambdaEndpoint, StepFunctionsSandbox stepFunctions, List<String> notices) {
        this.plan = plan;
        this.outputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputs));
        this.parts = parts;
        this.dynamoDbEndpoint = dynamoDbEndpoint;
        this.lambdaEndpoint = lambdaEndpoint;
        this.stepFunctionsEndpoint = stepFunctions.endpoint();
        this.stepFunctions = stepFunctions;
        this.notices = List.copyOf(notices);
    }

    /** In memory when {@code dataDir} is null; otherwise calls survive restarts in that folder. */
    public static Sandbox start(Path dataDir) {
        return start(dataDir == null ? SandboxOptions.inMemory() : SandboxOptions.persistedIn(dataDir), DeployListener.NONE);
    }

    public static Sandbox start(SandboxOptions options, DeployListener listener) {
        Template template = Template.load(PackagedTemplate.extract());
        SandboxPlan plan = SandboxPlan.fromTemplate(template, options.parameters(),
                PseudoParameters.sandbox().withStackName(options.stackName()));
        SandboxProvisioning progress = new SandboxProvisioning(options.stackName(), plan, listener);
        List<AutoCloseable> parts = new ArrayList<>();
        try {
            progress.phase("Starting DynamoDB");
            DynamoDbServer engine = options.dataDir() == null
                    ? DynamoDbServer.inMemory()
                    : DynamoDbServer.persistedIn(options.dataDir().resolve(TABLES_FOLDER));
            parts.add(engine.start());
            DynamoDbClient dynamoDb = SandboxDynamoDbClient.forEndpoint(engine.endpoint());
            parts.add(dynamoDb);

            progress.phase("Creating tables");
            SandboxTables tables = new SandboxTables(dynamoDb);
            plan.tables().forEach(table -> progress.created(table.logicalId(), "AWS::DynamoDB::Table",
                    tables.create(table) ? "" : "Table already exists: kept with its data", () -> { }));
            List<String> notices = List.of();
            if (options.dataDir() != null) {
                if (java.nio.file.Files.isRegularFile(EarlierTablesCopy.oldFile(options.dataDir()))) {
                    progress.phase("Looking at the earlier sandbox's tables");
                }
                notices = new EarlierTablesCopy(options.dataDir(), dynamoDb, java.time.Clock.systemUTC())
                        .run(plan.tables().stream().map(t -> t.name()).toList());
            }

            progress.phase("Starting Step Functions");
            AtomicReference<SandboxFunctions> functions = new AtomicReference<>();
            StepFunctionsSandbox stepFunctions = new StepFunctionsSandbox(
                    StepFunctionsSandbox.Settings.defaults().withDelayScale(options.delayScale()),
                    new FunctionsAsStatesInvoker(functions::get), dynamoDb).start();
            parts.add(stepFunctions);

            progress.phase("Loading functions");
            SandboxFunctions sandboxFunctions = new SandboxFunctions(plan.functions(), SandboxFunctions.awsEnvironment(
                    plan.pseudo().region(), engine.endpoint(), stepFunctions.endpoint()),
                    Sandbox.class.getClassLoader());
            functions.set(sandboxFunctions);
            parts.add(sandboxFunctions);
            plan.functions().forEach(f -> progress.created(f.logicalId(), "AWS::Lambda::Function", "", () -> { }));
            if (!plan.executionStatusRules().isEmpty()) {
                ExecutionStatusEvents events = new ExecutionStatusEvents(plan.executionStatusRules(), sandboxFunctions,
                        stepFunctions.region(), stepFunctions.account());
                stepFunctions.onExecutionClosed(events::closed);
                plan.executionStatusRules().forEach(rule -> progress.created(rule.logicalId(), "AWS::Events::Rule", "", () -> { }));
            }
            LambdaApiServer lambdaApi = LambdaApiServer.start(sandboxFunctions);
            parts.add(lambdaApi);

            progress.phase("Creating state machines");
            new SandboxStateMachines(stepFunctions.endpoint(), plan.pseudo().region()).createAll(plan.stateMachines(), progress);
            plan.notEmulated().forEach(progress::skipped);

            Map<String, String> outputs = new SandboxOutputs(template, plan).resolve();
            progress.finished();
            return new Sandbox(plan, outputs, parts, engine.endpoint(), lambdaApi.endpoint(), stepFunctions, notices);
        } catch (IOException e) {
            closeAll(parts);
            throw new UncheckedIOException("The sandbox could not open a loopback port", e);
        } catch (RuntimeException e) {
            closeAll(parts);
            progress.failed(e);
            throw e;
        }
    }

    public URI dynamoDbEndpoint() {
        return dynamoDbEndpoint;
    }

    /**
     * What the user should know about their data folder from this start, in words (empty when nothing):
     * the earlier sandbox's tables copied from DynamoDB Local's files, a file that could not be read, an
     * unused download folder. See {@link EarlierTablesCopy}.
     */
    public List<String> notices() {
        return notices;
    }

    public URI lambdaEndpoint() {
        return lambdaEndpoint;
    }

    public URI stepFunctionsEndpoint() {
        return stepFunctionsEndpoint;
    }

    /**
     * Step Functions API requests the sandbox received (from the functions and from any client), by
     * operation, e.g. {@code DescribeExecution}: what a workload would cost in Step Functions quota.
     */
    public Map<String, Long> stepFunctionsRequestCounts() {
        return stepFunctions.requestCounts();
    }

    public void resetStepFunctionsRequestCounts() {
        stepFunctions.resetRequestCounts();
    }

    public String region() {
        return plan.pseudo().region();
    }

    public String stackName() {
        return plan.pseudo().stackName();
    }

    public SandboxPlan plan() {
        return plan;
    }

    /** The template's Outputs that apply in the sandbox, e.g. {@code VanityFunctionAliasArn}. */
    public Map<String, String> outputs() {
        return outputs;
    }

    public List<NotEmulatedResource> notEmulated() {
        return plan.notEmulated();
    }

    @Override
    public void close() {
        closeAll(parts);
    }

    private static void closeAll(List<AutoCloseable> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            try {
                parts.get(i).close();
            } catch (Exception ignored) {
                // Closing is best effort: the other parts must still stop.
            }
        }
        parts.clear();
    }
}
