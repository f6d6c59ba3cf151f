package io.switchboard.desktop.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.desktop.aws.ClientCache;
import io.switchboard.desktop.aws.ConnectionTarget;
import io.switchboard.desktop.connection.CallPlayer;
import io.switchboard.desktop.connection.Session;
import io.switchboard.stack.testing.LoopbackAwsStub;
import io.switchboard.stack.testing.LoopbackAwsStub.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * CloudWatch Logs at the wire (AWS JSON 1.1, {@code X-Amz-Target: Logs_20140328.<Op>}), and an AWS
 * profile connection whose CloudFormation and Logs are a loopback stub while its DynamoDB is the
 * sandbox's DynamoDB engine (the call log is tested against the real engine).
 */
public final class LogsWire {
    public static final String FILTER_LOG_EVENTS = "Logs_20140328.FilterLogEvents";
    public static final String VANITY_ALIAS_ARN = "arn:aws:lambda:" + AwsWire.REGION + ":" + AwsWire.ACCOUNT
            + ":function:switchboard-vanity:live";
    public static final String VANITY_LOG_GROUP = "/aws/lambda/switchboard-vanity";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LogsWire() {
    }

    /** One FilterLogEvents answer; {@code nextToken} null on the last page. */
    public static Reply page(String nextToken, ObjectNode... events) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("events");
        for (ObjectNode event : events) {
            list.add(event);
        }
        body.putArray("searchedLogStreams");
        if (nextToken != null) {
            body.put("nextToken", nextToken);
        }
        return Reply.amzJson(200, body.toString());
    }

    public static ObjectNode event(String eventId, Instant at, String message) {
        return JSON.createObjectNode()
                .put("logStreamName", "2026/11/21/[7]0f1e2d3c4b5a69788796a5b4c3d2e1f0")
                .put("timestamp", at.toEpochMilli())
                .put("message", message + "\n")
                .put("ingestionTime", at.toEpochMilli() + 180)
                .put("eventId", eventId);
    }

    /** What CloudWatch Logs answers for a log group that does not exist. */
    public static Reply logGroupNotFound() {
        return new Reply(400, "{\"__type\":\"ResourceNotFoundException\",\"message\":\"The specified log group does not exist.\"}",
                Map.of("Content-Type", "application/x-amz-json-1.1", "x-amzn-RequestId", "logs-missing-1"));
    }

    public static JsonNode body(LoopbackAwsStub.Request request) {
        try {
            return JSON.readTree(request.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Profile "dev": CloudFormation and Logs at {@code stub}, DynamoDB at the test sandbox's DynamoDB engine. */
    public static ConnectionTarget target(LoopbackAwsStub stub, Path home) {
        try {
            Path credentials = Files.writeString(home.resolve("credentials"),
                    "[dev]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secretexample\n");
            URI dynamoDb = sandbox().target().endpoint("dynamodb").orElseThrow();
            return new ConnectionTarget("dev", AwsWire.REGION, Map.of("cloudformation", stub.endpoint(), "logs", stub.endpoint(),
                    "dynamodb", dynamoDb), new ConnectionTarget.ProfileFiles(home.resolve("config"), credentials));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deployed stack's outputs as DescribeStacks would give them, the call log being the sandbox's table. */
    public static Map<String, String> outputs() {
        return Map.of("CallsTableName", callsTable(), "VanityFunctionAliasArn", VANITY_ALIAS_ARN);
    }

    public static String callsTable() {
        return sandbox().outputs().get("CallsTableName");
    }

    /** An AWS session on {@link #target}: what Settings opens for a profile whose stack is deployed. */
    public static Session session(LoopbackAwsStub stub, Path home) {
        ConnectionTarget target = target(stub, home);
        return new Session(target, "dev · " + AwsWire.REGION, outputs(), new ClientCache(target), CallPlayer.NONE);
    }

    private static Session sandbox() {
        return SandboxOutputs.SESSION;
    }

    /** The test sandbox's endpoints and outputs (its clients are never used from here). */
    private static final class SandboxOutputs {
        static final Session SESSION = TestSandbox.session();
    }
}
