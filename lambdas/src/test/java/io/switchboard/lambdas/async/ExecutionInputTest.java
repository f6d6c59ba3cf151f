package io.switchboard.lambdas.async;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExecutionInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void of_passesTheEventOnWithoutTheWrappersControlParameters() throws Exception {
        JsonNode event = JSON.readTree("{\"Name\":\"ContactFlowEvent\",\"Details\":{\"ContactData\":{\"ContactId\":\"c1\"},"
                + "\"Parameters\":{\"customer_number\":\"12345678\",\"execution_id\":\"\",\"count\":\"0\",\"count_max\":\"5\","
                + "\"count_comfort\":\"2\",\"step\":\"lookup\"}}}");

        JsonNode input = JSON.readTree(ExecutionInput.of(event, Instant.ofEpochSecond(1_800_000_000L)));

        assertThat(input.path("event").path("Details").path("Parameters").toString()).isEqualTo("{\"customer_number\":\"12345678\"}");
        assertThat(input.path("event").path("Details").path("ContactData").path("ContactId").asText()).isEqualTo("c1");
        assertThat(input.path("expires_at").isTextual()).isTrue();
        assertThat(input.path("expires_at").asText()).isEqualTo("1800000000");
        assertThat(event.path("Details").path("Parameters").has("step")).as("the caller's event is untouched").isTrue();
    }
}
