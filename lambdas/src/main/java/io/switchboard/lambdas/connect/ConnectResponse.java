package io.switchboard.lambdas.connect;

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
 */
public final class ConnectResponse {
    /** Connect rejects responses of 32 KB or more (UTF-8, serialized as JSON). */
    public static final int MAX_BYTES = 32 * 1024;
    /** Room kept for the {@code truncated} flag and JSON punctuation. */
    private static final int RESERVE_BYTES = 64;

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> controlKeys = new java.util.HashSet<>();
    private int bytes = 2; // {}
    private boolean truncated;

    /** A key the caller's flow depends on: always kept, later {@link #putOptional} can't replace it. */
    public ConnectResponse putControl(String key, String value) {
        String old = values.put(key, nullToEmpty(value));
        bytes += entryBytes(key, nullToEmpty(value)) - (old == null ? 0 : entryBytes(key, old));
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

    public boolean truncated() {
        return truncated;
    }

    public Map<String, String> toMap() {
        Map<String, String> result = new LinkedHashMap<>(values);
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

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
