package io.switchboard.lambdas.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The sample Connect events in src/test/resources/connect-events, as the Lambda runtime hands them over. */
public final class ConnectEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConnectEvents() {
    }

    public static Map<String, Object> load(String name) {
        try (InputStream in = ConnectEvents.class.getResourceAsStream("/connect-events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample event " + name);
            }
            return JSON.readValue(in, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a sample with one path replaced, e.g. {@code with(event, "Details.ContactData.ContactId", "x")}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> with(Map<String, Object> event, String path, Object value) {
        Map<String, Object> copy = JSON.convertValue(event, new TypeReference<Map<String, Object>>() { });
        String[] keys = path.split("\\.");
        Map<String, Object> node = copy;
        for (int i = 0; i < keys.length - 1; i++) {
            node = (Map<String, Object>) node.get(keys[i]);
        }
        node.put(keys[keys.length - 1], value);
        return copy;
    }
}
