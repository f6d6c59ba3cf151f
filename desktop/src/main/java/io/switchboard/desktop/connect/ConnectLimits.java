package io.switchboard.desktop.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What Amazon Connect demands of a Lambda response: flat strings (STRING_MAP), ≤ 32 KB, in time. */
public final class ConnectLimits {
    public static final long DEFAULT_TIMEOUT_MILLIS = 3_000;
    public static final long MAX_TIMEOUT_MILLIS = 8_000;
    public static final int MAX_RESPONSE_BYTES = 32 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConnectLimits() {
    }

    /** Every rule the response breaks, in words; empty when Connect would accept it. */
    public static List<Check> check(String payload, long millis) {
        List<Check> checks = new ArrayList<>();
        int bytes = payload.getBytes(StandardCharsets.UTF_8).length;
        checks.add(new Check("Size", bytes <= MAX_RESPONSE_BYTES,
                bytes + " bytes of " + MAX_RESPONSE_BYTES + (bytes <= MAX_RESPONSE_BYTES ? "" : ": Connect rejects responses over 32 KB")));
        checks.add(stringMap(payload));
        checks.add(new Check("Time", millis <= MAX_TIMEOUT_MILLIS, millis + " ms — "
                + (millis <= DEFAULT_TIMEOUT_MILLIS ? "within the default 3 s"
                : millis <= MAX_TIMEOUT_MILLIS ? "over the default 3 s: raise the block's timeout (8 s at most) or go async"
                : "over Connect's 8 s maximum: use the async wrapper")));
        return checks;
    }

    private static Check stringMap(String payload) {
        JsonNode node;
        try {
            node = JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            return new Check("STRING_MAP", false, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new Check("STRING_MAP", false, "the response must be a JSON object of strings");
        }
        List<String> bad = new ArrayList<>();
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual()) {
                bad.add(e.getKey() + " is " + e.getValue().getNodeType().name().toLowerCase());
            }
        });
        return bad.isEmpty()
                ? new Check("STRING_MAP", true, node.size() + " keys, all strings")
                : new Check("STRING_MAP", false, "not flat strings: " + String.join(", ", bad));
    }

    /** @param rule short name; @param passed whether Connect accepts it; @param detail what we found */
    public record Check(String rule, boolean passed, String detail) {
    }
}
