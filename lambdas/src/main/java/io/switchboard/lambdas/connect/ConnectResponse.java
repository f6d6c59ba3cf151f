package io.switchboard.lambdas.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds the flat string map Connect's STRING_MAP validation accepts, never larger than Connect's
 * 32 KB limit. Control keys (added first) are never overwritten by later, optional values; optional
 * values that would push the response past the limit are dropped and the response is flagged with
 * {@code truncated=true}.
 *
 * <p>For flows that validate the response as JSON ({@code ResponseValidation: JSON}), optional values
 * may also be nested JSON ({@link #putOptionalJson}); read such a response with {@link #toJsonMap()}.
 */
public final class ConnectResponse {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Connect rejects responses of 32 KB or more (UTF-8, serialized as JSON). */
    public static final int MAX_BYTES = 32 * 1024;
    /** Room kept for the {@code truncated} flag and JSON punctuation. */
    private static final int RESERVE_BYTES = 64;

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Set<String> controlKeys = new java.util.HashSet<>();
    private int bytes = 2; // {}
    private boolean truncated;

    /** A key the caller's flow depends on: always kept, later {@link #putOptional} can't replace it. */
    public ConnectResponse putControl(String key, String value) {
        Object old = values.put(key, nullToEmpty(value));
        bytes += entryBytes(key, nullToEmpty(value)) - (old == null ? 0 : entryBytes(key, old.toString()));
        controlKeys.add(key);
        return this;
    }

    /** Added only when the key is not a control key and the response stays under the limit. */
    public boolean putOptional(String key, String value) {
        if (key == null || controlKeys.contains(key) || values.containsKey(key)) {
            return false;
        }
        int cost = entryBytes(key, nullToEmpty(value));
        if (bytes + cost > MAX_BYTES - RESERVE_BYTES) {
            truncated = true;
            return false;
        }
        values.put(key, nullToEmpty(value));
        bytes += cost;
        return true;
    }

    /**
     * A nested JSON value (object, array, number, boolean, string or null) under {@code key}, on the same
     * terms as {@link #putOptional}: never over a control key, never past the limit.
     */
    public boolean putOptionalJson(String key, JsonNode value) {
        if (key == null || controlKeys.contains(key) || values.containsKey(key)) {
            return false;
        }
        int cost = jsonStringBytes(key) + jsonBytes(value) + 2;
        if (bytes + cost > MAX_BYTES - RESERVE_BYTES) {
            truncated = true;
            return false;
        }
        values.put(key, value);
        bytes += cost;
        return true;
    }

    public boolean truncated() {
        return truncated;
    }

    /** The response as Connect's STRING_MAP validation takes it; fails if a nested JSON value was added. */
    public Map<String, String> toMap() {
        Map<String, String> result = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!(value instanceof String text)) {
                throw new IllegalStateException("'" + key + "' holds nested JSON: use toJsonMap()");
            }
            result.put(key, text);
        });
        if (truncated) {
            result.put("truncated", "true");
        }
        return Collections.unmodifiableMap(result);
    }

    /** The response with nested values as plain maps, lists, numbers and booleans (what the Lambda runtime serializes). */
    public Map<String, Object> toJsonMap() {
        Map<String, Object> result = new LinkedHashMap<>();
        values.forEach((key, value) -> result.put(key, value instanceof JsonNode node ? JSON.convertValue(node, Object.class) : value));
        if (truncated) {
            result.put("truncated", "true");
        }
        return Collections.unmodifiableMap(result);
    }

    /** Serialized size of one {@code "key":"value",} entry, with JSON escaping approximated generously. */
    static int entryBytes(String key, String value) {
        return jsonStringBytes(key) + jsonStringBytes(value) + 2;
    }

    private static int jsonStringBytes(String s) {
        int extra = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                extra += 1;
            } else if (c < 0x20) {
                extra += 5;
            }
        }
        return s.getBytes(StandardCharsets.UTF_8).length + extra + 2;
    }

    private static int jsonBytes(JsonNode value) {
        try {
            return JSON.writeValueAsBytes(value).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JsonNode always serializes", e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
