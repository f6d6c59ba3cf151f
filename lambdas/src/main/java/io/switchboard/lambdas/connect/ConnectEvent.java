package io.switchboard.lambdas.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of an Amazon Connect {@code ContactFlowEvent} our handlers read. Lenient by design:
 * any input (null, a map without {@code Details}, numbers where strings belong) yields an event whose
 * accessors return empty values, and unknown fields are ignored.
 */
public final class ConnectEvent {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;

    private ConnectEvent(JsonNode root) {
        this.root = root == null ? MissingNode.getInstance() : root;
    }

    /** Reads the event the Lambda runtime hands a {@code RequestHandler<Map<String,Object>, …>}. */
    public static ConnectEvent from(Object event) {
        try {
            return new ConnectEvent(event == null ? null : JSON.valueToTree(event));
        } catch (IllegalArgumentException notConvertible) {
            return new ConnectEvent(null);
        }
    }

    public static ConnectEvent fromJson(String json) {
        try {
            return new ConnectEvent(JSON.readTree(json));
        } catch (Exception notJson) {
            return new ConnectEvent(null);
        }
    }

    /** True when the input looks like Connect's event at all (has {@code Details}). */
    public boolean hasDetails() {
        return root.path("Details").isObject();
    }

    public Optional<String> contactId() {
        return text(contactData().path("ContactId"));
    }

    /** The caller's number as Connect reports it ({@code CustomerEndpoint.Address}), untouched. */
    public Optional<String> customerAddress() {
        return text(contactData().path("CustomerEndpoint").path("Address"));
    }

    public Optional<String> instanceArn() {
        return text(contactData().path("InstanceARN"));
    }

    /** A block parameter; non-string JSON scalars are turned into their text. */
    public Optional<String> parameter(String name) {
        return text(parametersNode().path(name));
    }

    /** A contact attribute ({@code Details.ContactData.Attributes}), as set by the flow. */
    public Optional<String> attribute(String name) {
        return text(contactData().path("Attributes").path(name));
    }

    /** All block parameters as strings (objects and arrays as JSON text). */
    public Map<String, String> parameters() {
        Map<String, String> result = new LinkedHashMap<>();
        parametersNode().fields().forEachRemaining(e -> result.put(e.getKey(),
                e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        return result;
    }

    /** The whole event as a JSON tree (for passing on unchanged, e.g. to a wrapped function). */
    public JsonNode json() {
        return root;
    }

    private JsonNode contactData() {
        return root.path("Details").path("ContactData");
    }

    private JsonNode parametersNode() {
        return root.path("Details").path("Parameters");
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return Optional.empty();
        }
        String value = node.asText().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
