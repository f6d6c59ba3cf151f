package io.switchboard.lambdas.vanity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.lambdas.calllog.CallLog;
import io.switchboard.lambdas.calllog.CallRecord;
import io.switchboard.lambdas.calllog.UnsavedCallLine;
import io.switchboard.lambdas.log.JsonLog;
import io.switchboard.lambdas.testing.CallLogTables;
import io.switchboard.lambdas.testing.ConnectEvents;
import io.switchboard.lambdas.testing.TestDynamoDb;
import io.switchboard.lambdas.vanity.engine.VanityEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class VanityHandlerTest {
    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
    private static final String FLOWERS_CONTACT = "5b1c7a9e-3f42-4d1a-9a0e-2c6f8d4b7e11";

    private final DynamoDbClient dynamoDb = TestDynamoDb.shared().client();
    private final ByteArrayOutputStream logOutput = new ByteArrayOutputStream();
    private CallLog callLog;
    private VanityHandler handler;

    @BeforeEach
    void handlerWithFreshCallLog() {
        callLog = new CallLog(dynamoDb, CallLogTables.createFresh(dynamoDb), 90);
        handler = handlerUsing(Optional.of(callLog));
    }

    @Test
    void tollFreeCaller_hearsFlowersFirst_andTheCallIsRecorded() {
        Map<String, String> response = handler.handleRequest(ConnectEvents.load("vanity-call.json"), null);

        assertThat(response).containsEntry("status", "OK").containsEntry("vanity1", "1-800-FLOWERS");
        assertThat(response.get("prompt_ssml")).startsWith("<speak>").endsWith("</speak>");
        assertFlatStringMapUnder32Kb(response);

        CallRecord recorded = callLog.history("+18003569377", 10, null).calls().get(0);
        assertThat(recorded.contactId()).isEqualTo(FLOWERS_CONTACT);
        assertThat(recorded.vanity()).first().isEqualTo("1-800-FLOWERS");
        assertThat(recorded.expiresAt()).isEqualTo(NOW.plus(java.time.Duration.ofDays(90)));
    }

    @Test
    void everyAnswer_namesTheDeployTimeTransferQueue_evenAnError() {
        String queue = "arn:aws:connect:eu-west-2:111122223333:instance/0f3b2c1d-aaaa-bbbb-cccc-123456789abc/queue/1";
        VanityHandler configured = new VanityHandler(Map.of("TRANSFER_QUEUE_ARN", " " + queue + " "));

        assertThat(configured.handleRequest(ConnectEvents.load("vanity-call.json"), null)).containsEntry("transfer_queue_arn", queue);
        assertThat(configured.handleRequest(Map.of("garbage", 1), null)).containsEntry("status", "ERROR")
                .containsEntry("transfer_queue_arn", queue);
        assertThat(handler.handleRequest(ConnectEvents.load("vanity-call.json"), null)).containsEntry("transfer_queue_arn", "");
    }

    @Test
    void connectRetriesTheSameContact_stillOneRecord() {
        Map<String, Object> event = ConnectEvents.load("vanity-call.json");
        handler.handleRequest(event, null);
        Map<String, String> retried = handler.handleRequest(event, null);

        assertThat(retried).containsEntry("vanity1", "1-800-FLOWERS");
        assertThat(callLog.history("+18003569377", 10, null).calls()).hasSize(1);
    }

    @Test
    void everyAnswerCarriesEveryKey_soTheFlowCanCopyThemBlindly() {
        Map<String, String> ok = handler.handleRequest(ConnectEvents.load("vanity-call.json"), null);
        Map<String, String> invalid = handler.handleRequest(ConnectEvents.with(ConnectEvents.load("vanity-call.json"),
                "Details.ContactData.CustomerEndpoint", null), null);

        assertThat(invalid.keySet()).containsExactlyInAnyOrderElementsOf(ok.keySet());
    }

    @Test
    void phoneNumberParameter_overridesTheCallerNumber() {
        Map<String, Object> event = ConnectEvents.with(ConnectEvents.load("vanity-call.json"),
                "Details.Parameters", Map.of("phone_number", "+18004685865"));

        Map<String, String> response = handler.handleRequest(event, null);

        assertThat(response).containsEntry("status", "OK");
        assertThat(response.get("vanity1")).isNotEqualTo("1-800-FLOWERS").startsWith("1-800-");
    }

    @Test
    void withheldNumber_isInvalidNumberWithAReason() {
        Map<String, Object> event = ConnectEvents.with(ConnectEvents.load("vanity-call.json"),
                "Details.ContactData.CustomerEndpoint", null);

        Map<String, String> response = handler.handleRequest(event, null);

        assertThat(response).containsEntry("status", "INVALID_NUMBER").containsEntry("count", "0");
        assertThat(response.get("reason")).contains("withheld");
        assertFlatStringMapUnder32Kb(response);
    }

    @Test
    void garbagePhoneNumberParameter_isInvalidNumberNotAnException() {
        Map<String, Object> event = ConnectEvents.with(ConnectEvents.load("vanity-call.json"),
                "Details.Parameters", Map.of("phone_number", "call me maybe"));

        Map<String, String> response = handler.handleRequest(event, null);

        assertThat(response).containsEntry("status", "INVALID_NUMBER");
        assertThat(response.get("reason")).isNotBlank();
    }

    @Test
    void notAConnectEvent_isAnErrorWithAReason() {
        Map<String, String> fromNull = handler.handleRequest(null, null);
        Map<String, String> fromJunk = handler.handleRequest(Map.of("hello", 42), null);

        assertThat(fromNull).containsEntry("status", "ERROR");
        assertThat(fromJunk).containsEntry("status", "ERROR");
        assertThat(fromJunk.get("reason")).contains("ContactFlowEvent");
    }

    @Test
    void dynamoDbDown_callerStillHearsTheirNumbers_andOneLineKeepsTheWholeRecord() throws Exception {
        Map<String, String> env = new HashMap<>(TestDynamoDb.shared().environment(Map.of()));
        env.put("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:" + TestDynamoDb.closedPort());
        DynamoDbClient unreachable = new io.switchboard.lambdas.aws.AwsClients(env).dynamoDb();
        VanityHandler withBrokenLog = handlerUsing(Optional.of(new CallLog(unreachable, "calls", 90)));

        Map<String, String> response = withBrokenLog.handleRequest(ConnectEvents.load("vanity-call.json"), null);

        assertThat(response).containsEntry("status", "OK").containsEntry("vanity1", "1-800-FLOWERS");
        List<String> lines = logOutput.toString(StandardCharsets.UTF_8).lines().toList();
        String unsaved = lines.stream().filter(line -> line.contains("\"message\":\"call not recorded\"")).findFirst().orElseThrow();
        assertThat(lines).singleElement().isEqualTo(unsaved);
        JsonNode line = new ObjectMapper().readTree(unsaved);
        assertThat(line.path("level").asText()).isEqualTo("ERROR");
        assertThat(line.path("contactId").asText()).isEqualTo(FLOWERS_CONTACT);
        CallRecord kept = UnsavedCallLine.decode(unsaved).orElseThrow();
        assertThat(kept.contactId()).isEqualTo(FLOWERS_CONTACT);
        assertThat(kept.caller()).isEqualTo("+18003569377");
        assertThat(kept.calledAt()).isEqualTo(NOW);
        assertThat(kept.vanity()).hasSize(5).first().isEqualTo("1-800-FLOWERS");
        assertThat(kept.vanity()).containsExactly(response.get("vanity1"), response.get("vanity2"), response.get("vanity3"),
                response.get("vanity4"), response.get("vanity5"));
        assertThat(kept.status()).isEqualTo("OK");
        assertThat(kept.expiresAt()).isEqualTo(NOW.plus(java.time.Duration.ofDays(90)));
    }

    @Test
    void recordKeptInTheLog_writtenLater_isTheRecordTheHandlerWouldHaveWritten() throws Exception {
        Map<String, String> env = new HashMap<>(TestDynamoDb.shared().environment(Map.of()));
        env.put("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:" + TestDynamoDb.closedPort());
        DynamoDbClient unreachable = new io.switchboard.lambdas.aws.AwsClients(env).dynamoDb();
        handlerUsing(Optional.of(new CallLog(unreachable, "calls", 90))).handleRequest(ConnectEvents.load("vanity-call.json"), null);
        CallRecord kept = UnsavedCallLine.decode(logOutput.toString(StandardCharsets.UTF_8).strip()).orElseThrow();

        assertThat(callLog.record(kept)).isTrue();
        assertThat(callLog.record(kept)).isFalse();

        handler.handleRequest(ConnectEvents.load("vanity-call.json"), null); // a late Connect retry: still one record
        assertThat(callLog.history("+18003569377", 10, null).calls()).containsExactly(kept);
    }

    @Test
    void internationalCaller_fromSampleEvent_getsAnAnswerAndIsRecordedInE164() {
        Map<String, String> response = handler.handleRequest(ConnectEvents.load("async-start.json"), null);

        assertThat(response.get("status")).isIn("OK", "NO_VANITY");
        assertThat(callLog.history("+447700900123", 10, null).calls()).hasSize(1);
    }

    private VanityHandler handlerUsing(Optional<CallLog> log) {
        JsonLog jsonLog = new JsonLog("vanity", new PrintStream(logOutput, true, StandardCharsets.UTF_8));
        return new VanityHandler(new VanityService(VanityEngine.standard(), log, 90,
                Clock.fixed(NOW, ZoneOffset.UTC), jsonLog));
    }

    private static void assertFlatStringMapUnder32Kb(Map<String, String> response) throws AssertionError {
        assertThat(response.values()).allSatisfy(v -> assertThat(v).isInstanceOf(String.class));
        try {
            assertThat(new ObjectMapper().writeValueAsBytes(response).length).isLessThan(32 * 1024);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
