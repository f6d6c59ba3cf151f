package io.switchboard.desktop.testing;

import io.switchboard.desktop.connect.EventTemplates;
import io.switchboard.lambdas.aws.AwsClients;
import io.switchboard.lambdas.calllog.CallLog;
import io.switchboard.lambdas.connect.ConnectEvent;
import io.switchboard.lambdas.log.JsonLog;
import io.switchboard.lambdas.vanity.VanityService;
import io.switchboard.lambdas.vanity.engine.VanityEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "call not recorded" lines written by the real vanity code: {@link VanityService} answering a Connect
 * event while its DynamoDB endpoint is a loopback port nobody listens on. Never hand-written copies.
 */
public final class UnsavedCalls {
    private static VanityEngine engine;

    private UnsavedCalls() {
    }

    /**
     * @param answer what the caller was told (the Lambda's response map)
     * @param line   the one log line the function wrote
     */
    public record Logged(String contactId, String caller, Instant at, Map<String, String> answer, String line) {
        public List<String> vanity() {
            return List.of(answer.get("vanity1"), answer.get("vanity2"), answer.get("vanity3"), answer.get("vanity4"),
                    answer.get("vanity5")).stream().filter(v -> !v.isEmpty()).toList();
        }
    }

    public static Logged answeredButNotRecorded(String contactId, String caller, Instant at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VanityService service = new VanityService(engine(), Optional.of(new CallLog(unreachableDynamoDb(), "switchboard-calls", 90)),
                90, Clock.fixed(at, ZoneOffset.UTC), new JsonLog("vanity", new PrintStream(out, true, StandardCharsets.UTF_8)));
        Map<String, String> answer = service.answer(ConnectEvent.fromJson(EventTemplates.vanityCall(contactId, caller)));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        if (lines.size() != 1 || !"OK".equals(answer.get("status"))) {
            throw new IllegalStateException("expected one log line and an OK answer, got " + lines + " and " + answer);
        }
        return new Logged(contactId, caller, at, answer, lines.get(0));
    }

    private static synchronized VanityEngine engine() {
        if (engine == null) {
            engine = VanityEngine.standard();
        }
        return engine;
    }

    private static software.amazon.awssdk.services.dynamodb.DynamoDbClient unreachableDynamoDb() {
        try (ServerSocket socket = new ServerSocket(0)) {
            int closed = socket.getLocalPort();
            return new AwsClients(Map.of("AWS_REGION", "eu-west-1", "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
                    "AWS_SECRET_ACCESS_KEY", "secretexample", "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:" + closed)).dynamoDb();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
