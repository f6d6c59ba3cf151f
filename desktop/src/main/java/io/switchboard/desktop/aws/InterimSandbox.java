package io.switchboard.desktop.aws;

import static io.switchboard.lambdas.calllog.CallLogSchema.BY_CALLER_INDEX;
import static io.switchboard.lambdas.calllog.CallLogSchema.BY_DAY_INDEX;
import static io.switchboard.lambdas.calllog.CallLogSchema.CALLED_AT;
import static io.switchboard.lambdas.calllog.CallLogSchema.CALLER;
import static io.switchboard.lambdas.calllog.CallLogSchema.CONTACT_ID;
import static io.switchboard.lambdas.calllog.CallLogSchema.DAY;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Stand-in for the stack module's {@code Sandbox} until it lands: DynamoDB Local on a loopback
 * port with the call-log table (named as the sandbox names it). No Lambda or Step Functions API yet.
 * Only {@code SandboxConnection.start} uses it, so swapping in {@code Sandbox.start} is one place.
 */
public final class InterimSandbox implements AutoCloseable {
    public static final String CALLS_TABLE = "switchboard-calls";
    public static final String REGION = "us-east-1";

    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private InterimSandbox(DynamoDBProxyServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    /** @param dataDir where DynamoDB Local keeps its file, or {@code null} for in-memory */
    public static InterimSandbox start(Path dataDir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String[] args = dataDir == null
                ? new String[] {"-inMemory", "-disableTelemetry", "-port", Integer.toString(port)}
                : new String[] {"-dbPath", Files.createDirectories(dataDir).toString(), "-sharedDb", "-disableTelemetry",
                        "-port", Integer.toString(port)};
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args);
        server.start();
        InterimSandbox sandbox = new InterimSandbox(server, URI.create("http://127.0.0.1:" + port));
        try (ClientCache clients = new ClientCache(ConnectionTarget.sandbox(REGION, sandbox.endpoints()))) {
            createCallsTable(clients.dynamoDb());
        }
        return sandbox;
    }

    public Map<String, URI> endpoints() {
        return Map.of("dynamodb", endpoint);
    }

    public Map<String, String> outputs() {
        return Map.of("CallsTableName", CALLS_TABLE);
    }

    private static void createCallsTable(DynamoDbClient dynamoDb) {
        try {
            dynamoDb.createTable(b -> b.tableName(CALLS_TABLE)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(attr(CONTACT_ID), attr(CALLER), attr(DAY), attr(CALLED_AT))
                    .keySchema(KeySchemaElement.builder().attributeName(CONTACT_ID).keyType(KeyType.HASH).build())
                    .globalSecondaryIndexes(index(BY_CALLER_INDEX, CALLER), index(BY_DAY_INDEX, DAY)));
        } catch (ResourceInUseException alreadyThere) {
            // kept from an earlier run: calls survive restarts
        }
    }

    private static AttributeDefinition attr(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static GlobalSecondaryIndex index(String name, String partition) {
        return GlobalSecondaryIndex.builder().indexName(name)
                .keySchema(KeySchemaElement.builder().attributeName(partition).keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName(CALLED_AT).keyType(KeyType.RANGE).build())
                .projection(p -> p.projectionType(ProjectionType.ALL))
                .build();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
