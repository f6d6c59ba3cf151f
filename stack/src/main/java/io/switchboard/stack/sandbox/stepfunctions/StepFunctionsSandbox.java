package io.switchboard.stack.sandbox.stepfunctions;

import io.switchboard.stack.sandbox.asl.DefinitionParser;
import io.switchboard.stack.sandbox.asl.ExecutionEngine;
import io.switchboard.stack.sandbox.asl.LambdaInvoker;
import io.switchboard.stack.sandbox.asl.LambdaTaskResource;
import io.switchboard.stack.sandbox.asl.TaskResources;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The sandbox's Step Functions: a local service that a real {@code SfnClient} uses through
 * {@code endpointOverride(endpoint())}, with any static credentials and any region. Tasks run
 * Lambda functions through the given invoker and DynamoDB integrations on the given client.
 *
 * <pre>{@code
 * try (var sfn = new StepFunctionsSandbox(invoker, dynamoDb).start()) {
 *     SfnClient client = SfnClient.builder().endpointOverride(sfn.endpoint())...build();
 * }
 * }</pre>
 */
public final class StepFunctionsSandbox implements AutoCloseable {
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_ACCOUNT = "000000000000";

    private final ExecutionEngine engine;
    private final StepFunctionsHttpServer server;
    private final String region;
    private final String account;

    public StepFunctionsSandbox(LambdaInvoker lambda, DynamoDbClient dynamoDb) {
        this(new Settings(DEFAULT_REGION, DEFAULT_ACCOUNT, 0, 1.0), lambda, dynamoDb);
    }

    public StepFunctionsSandbox(Settings settings, LambdaInvoker lambda, DynamoDbClient dynamoDb) {
        this(settings, TaskResources.of(new LambdaTaskResource(lambda), new DynamoDbTaskResource(dynamoDb)));
    }

    public StepFunctionsSandbox(Settings settings, TaskResources resources) {
        this.region = settings.region();
        this.account = settings.account();
        Clock clock = Clock.systemUTC();
        this.engine = new ExecutionEngine(resources, settings.region(), clock, settings.delayScale());
        StepFunctionsStore store = new StepFunctionsStore();
        Arns arns = new Arns(settings.region(), settings.account());
        StepFunctionsApi api = new StepFunctionsApi(
                new StateMachineOperations(store, arns, new DefinitionParser(resources::supports), clock),
                new ExecutionOperations(store, arns, engine, clock));
        this.server = new StepFunctionsHttpServer(api, settings.port());
    }

    public StepFunctionsSandbox start() {
        server.start();
        return this;
    }

    /** Tells {@code listener} of every execution that closes, in the background (see {@link ExecutionEngine#onExecutionClosed}). */
    public void onExecutionClosed(java.util.function.Consumer<io.switchboard.stack.sandbox.asl.Execution> listener) {
        engine.onExecutionClosed(listener);
    }

    /** {@code http://127.0.0.1:<port>}, for {@code SfnClient.builder().endpointOverride(...)}. */
    public URI endpoint() {
        return server.endpoint();
    }

    /**
     * API requests received since the start or the last {@link #resetRequestCounts()}, by operation
     * (the {@code X-Amz-Target} suffix, e.g. {@code DescribeExecution}); a snapshot, sorted by name.
     * Requests without a valid target are not counted.
     */
    public Map<String, Long> requestCounts() {
        return server.requestCounts();
    }

    public void resetRequestCounts() {
        server.resetRequestCounts();
    }

    public String region() {
        return region;
    }

    public String account() {
        return account;
    }

    @Override
    public void close() {
        server.close();
        engine.close();
    }

    /**
     * @param port       0 for an ephemeral port
     * @param delayScale factor for Wait states and retry intervals (1.0 = real time); timeouts are never scaled
     */
    public record Settings(String region, String account, int port, double delayScale) {
        public static Settings defaults() {
            return new Settings(DEFAULT_REGION, DEFAULT_ACCOUNT, 0, 1.0);
        }

        public Settings withDelayScale(double scale) {
            return new Settings(region, account, port, scale);
        }
    }
}
