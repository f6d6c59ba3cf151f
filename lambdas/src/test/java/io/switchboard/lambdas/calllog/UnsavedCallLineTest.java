package io.switchboard.lambdas.calllog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.lambdas.log.JsonLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnsavedCallLineTest {
    private static final Instant CALLED = Instant.parse("2026-11-21T09:30:00.123Z");
    private static final CallRecord CALL = new CallRecord("5b1c7a9e-3f42-4d1a-9a0e-2c6f8d4b7e11", "+18003569377", CALLED,
            List.of("1-800-FLOWERS", "1-800-FLOW-ERS"), "OK", CALLED.plus(Duration.ofDays(90)).minusMillis(123));

    @Test
    void lineWrittenThroughJsonLog_decodesToTheSameRecord() {
        String line = logged(CALL);

        assertThat(UnsavedCallLine.decode(line)).contains(CALL);
    }

    @Test
    void line_isOneErrorLineWithTheContactIdAndTheRecordUnderTheTablesAttributeNames() throws Exception {
        JsonNode line = new ObjectMapper().readTree(logged(CALL));

        assertThat(line.path("level").asText()).isEqualTo("ERROR");
        assertThat(line.path("message").asText()).isEqualTo("call not recorded");
        assertThat(line.path("contactId").asText()).isEqualTo(CALL.contactId());
        JsonNode record = line.path("record");
        assertThat(record.path("contact_id").asText()).isEqualTo(CALL.contactId());
        assertThat(record.path("caller").asText()).isEqualTo("+18003569377");
        assertThat(record.path("called_at").asText()).isEqualTo("2026-11-21T09:30:00.123Z");
        assertThat(record.path("vanity").isArray()).isTrue();
        assertThat(record.path("status").asText()).isEqualTo("OK");
        assertThat(record.path("expires_at").isNumber()).isTrue();
        assertThat(line.path("error").asText()).contains("unreachable");
    }

    @Test
    void callWithoutVanityNumbers_roundTripsWithAnEmptyList() {
        CallRecord none = new CallRecord("c-2", "anonymous", CALLED, List.of(), "INVALID_NUMBER", Instant.parse("2027-02-19T09:30:00Z"));

        assertThat(UnsavedCallLine.decode(logged(none))).contains(none);
    }

    @Test
    void decode_skipsARuntimePrefixBeforeTheJson() {
        String prefixed = "2026-11-21T09:30:00.200Z 8f3c-request-id ERROR " + logged(CALL) + "\n";

        assertThat(UnsavedCallLine.decode(prefixed)).contains(CALL);
    }

    @Test
    void decode_whenTheLineIsNotACompleteRecord_isEmpty() {
        String line = logged(CALL);

        assertThat(UnsavedCallLine.decode(null)).isEmpty();
        assertThat(UnsavedCallLine.decode("START RequestId: 8f3c Version: 3")).isEmpty();
        assertThat(UnsavedCallLine.decode(line.substring(0, line.length() / 2))).isEmpty();
        assertThat(UnsavedCallLine.decode(line.replace("call not recorded", "call already recorded (Connect retry)"))).isEmpty();
        assertThat(UnsavedCallLine.decode(line.replace("\"caller\":\"+18003569377\",", ""))).isEmpty();
        assertThat(UnsavedCallLine.decode(line.replace("2026-11-21T09:30:00.123Z", "yesterday"))).isEmpty();
    }

    private static String logged(CallRecord call) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonLog("vanity", new PrintStream(out, true, StandardCharsets.UTF_8))
                .error(UnsavedCallLine.MESSAGE, UnsavedCallLine.fields(call, "SdkClientException: unreachable"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(1);
        return text.strip();
    }
}
