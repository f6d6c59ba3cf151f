package io.switchboard.lambdas.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlowLookupHandlerTest {
    /** Keeps tests quick; the delay override itself is exercised through {@code delay_ms}. */
    private final SlowLookupHandler handler = new SlowLookupHandler(Map.of("DELAY_MS", "1"));

    @Test
    void lookup_sameCaller_alwaysGetsTheSameNestedAccount() throws Exception {
        Map<String, Object> first = handler.handleRequest(callFrom("+447700900123"), null);
        Map<String, Object> second = handler.handleRequest(callFrom("+447700900123"), null);

        assertThat(first).isEqualTo(second).containsKeys("balance", "currency", "account").containsEntry("currency", "GBP");
        assertThat(first.get("balance")).asString().matches("\\d{1,4}\\.\\d{2}");
        assertThat(first.get("account")).isInstanceOf(Map.class);
        assertThat(account(first)).containsEntry("last4", "0123").containsKey("type");
    }

    @Test
    void lookup_differentCallers_getDifferentAccounts() throws Exception {
        Map<String, Object> uk = handler.handleRequest(callFrom("+447700900123"), null);
        Map<String, Object> us = handler.handleRequest(callFrom("+18003569377"), null);

        assertThat(uk.get("balance")).isNotEqualTo(us.get("balance"));
        assertThat(us).containsEntry("currency", "USD");
        assertThat(account(us)).containsEntry("last4", "9377");
    }

    @Test
    void lookup_withCustomerNumberParameter_looksUpThatAccount() throws Exception {
        Map<String, Object> event = event("async-start.json"); // Parameters: customer_number=12345678

        assertThat(account(handler.handleRequest(event, null))).containsEntry("last4", "5678");
    }

    @Test
    void lookup_whenAskedToFail_throwsAClearError() throws Exception {
        Map<String, Object> event = callFrom("+447700900123");
        parameters(event).put("fail", "true");

        assertThatThrownBy(() -> handler.handleRequest(event, null))
                .isInstanceOf(SlowLookupHandler.SlowLookupFailedException.class)
                .hasMessageContaining("fail=true");
    }

    @Test
    void lookup_delayMsParameter_overridesTheConfiguredDelay() throws Exception {
        SlowLookupHandler slowByDefault = new SlowLookupHandler(Map.of("DELAY_MS", "60000"));
        Map<String, Object> event = callFrom("+447700900123");
        parameters(event).put("delay_ms", "5");

        assertThat(slowByDefault.handleRequest(event, null)).containsKey("balance");
    }

    @Test
    void lookup_badDelayMs_isRefusedNamingIt() throws Exception {
        Map<String, Object> event = callFrom("+447700900123");
        parameters(event).put("delay_ms", "soon");

        assertThatThrownBy(() -> handler.handleRequest(event, null)).hasMessageContaining("delay_ms");
    }

    @Test
    void lookup_withoutAnyNumber_saysWhatIsMissing() {
        assertThatThrownBy(() -> handler.handleRequest(Map.of("Details", Map.of()), null))
                .hasMessageContaining("customer_number");
    }

    @Test
    void config_defaultsToFourSecondsAndCapsAtAMinute() {
        assertThat(SlowLookupConfig.from(Map.of()).delayMillis()).isEqualTo(4_000);
        assertThat(SlowLookupConfig.from(Map.of("DELAY_MS", "999999")).delayMillis()).isEqualTo(60_000);
        assertThatThrownBy(() -> SlowLookupConfig.from(Map.of("DELAY_MS", "-1"))).hasMessageContaining("DELAY_MS");
    }

    private static Map<String, Object> callFrom(String number) throws Exception {
        Map<String, Object> event = event("async-start.json");
        parameters(event).remove("customer_number");
        @SuppressWarnings("unchecked")
        Map<String, Object> contactData = (Map<String, Object>) ((Map<String, Object>) event.get("Details")).get("ContactData");
        contactData.put("CustomerEndpoint", Map.of("Address", number, "Type", "TELEPHONE_NUMBER"));
        return event;
    }

    private static Map<String, Object> event(String name) throws Exception {
        try (InputStream in = SlowLookupHandlerTest.class.getResourceAsStream("/connect-events/" + name)) {
            return new ObjectMapper().readValue(in, new TypeReference<HashMap<String, Object>>() { });
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> account(Map<String, Object> output) {
        return (Map<String, Object>) output.get("account");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parameters(Map<String, Object> event) {
        return (Map<String, Object>) ((Map<String, Object>) event.get("Details")).get("Parameters");
    }
}
