package io.switchboard.flows.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Answers like the vanity Lambda: a flat string map keyed on the caller's number. */
final class FakeVanityFunction implements LambdaInvoker {

    static final String FLOWERS_CALLER = "+18003569377";
    static final String NO_WORDS_CALLER = "+18000000000";
    private static final ObjectMapper JSON = new ObjectMapper();

    final List<JsonNode> events = new ArrayList<>();
    /** What the function's TRANSFER_QUEUE_ARN says (the stack's TransferQueueArn); "" for none. */
    private final String configuredQueue;

    FakeVanityFunction() {
        this("");
    }

    FakeVanityFunction(String configuredQueue) {
        this.configuredQueue = configuredQueue;
    }

    @Override
    public String invoke(String functionArn, String eventJson) throws LambdaInvocationException {
        try {
            JsonNode event = JSON.readTree(eventJson);
            events.add(event);
            return withQueue(answer(event));
        } catch (java.io.IOException e) {
            throw new LambdaInvocationException("bad event", e);
        }
    }

    private String withQueue(String answer) {
        return answer.strip().replaceFirst("}$", ",\"transfer_queue_arn\":\"" + configuredQueue + "\"}");
    }

    private static String answer(JsonNode event) {
        String caller = event.path("Details").path("ContactData").path("CustomerEndpoint").path("Address").asText();
        if (caller.equals(FLOWERS_CALLER)) {
            return """
                    {"status":"OK","vanity1":"1-800-FLOWERS","vanity2":"1-800-356-WREN","vanity3":"1-800-FLO-9377",
                     "vanity4":"","vanity5":"","count":"3","reason":"","language":"en-US","voice":"Joanna",
                     "prompt_ssml":"<speak>Your best vanity number is <say-as interpret-as=\\"characters\\">1800</say-as> FLOWERS.<break time=\\"500ms\\"/> Then <say-as interpret-as=\\"characters\\">1800356</say-as> WREN.</speak>"}
                    """;
        }
        if (caller.equals(NO_WORDS_CALLER)) {
            return "{\"status\":\"NO_VANITY\",\"vanity1\":\"\",\"vanity2\":\"\",\"vanity3\":\"\",\"vanity4\":\"\",\"vanity5\":\"\","
                    + "\"prompt_ssml\":\"\",\"count\":\"0\",\"reason\":\"no words\",\"language\":\"en-US\",\"voice\":\"Joanna\"}";
        }
        return "{\"status\":\"INVALID_NUMBER\",\"vanity1\":\"\",\"vanity2\":\"\",\"vanity3\":\"\",\"vanity4\":\"\",\"vanity5\":\"\","
                + "\"prompt_ssml\":\"\",\"count\":\"0\",\"reason\":\"not a phone number\",\"language\":\"en-US\",\"voice\":\"Joanna\"}";
    }
}
