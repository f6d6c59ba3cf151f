package io.switchboard.desktop.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Sample Amazon Connect Lambda events shipped with the app, and small edits to them. */
public final class EventTemplates {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The templates in the library, in the order the Replay view lists them. */
    public static final List<Template> ALL = List.of(
            new Template("vanity-call", "Vanity call", "A caller reaching the vanity flow"),
            new Template("async-start", "Async start", "First call of the async wrapper (no execution_id)"),
            new Template("async-poll", "Async poll", "A later poll of the async wrapper"));

    private EventTemplates() {
    }

    public static String text(String id) {
        try (InputStream in = EventTemplates.class.getResourceAsStream(id + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no event template '" + id + "'");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vanity-call template for one contact and caller. */
    public static String vanityCall(String contactId, String callerE164) {
        return withContact(text("vanity-call"), contactId, callerE164, Map.of());
    }

    /** Sets ContactId, the caller's number and the flow's parameters in an event. */
    public static String withContact(String eventJson, String contactId, String callerE164, Map<String, String> parameters) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(eventJson);
            ObjectNode contact = (ObjectNode) event.withObjectProperty("Details").withObjectProperty("ContactData");
            if (contactId != null) {
                contact.put("ContactId", contactId).put("InitialContactId", contactId).put("PreviousContactId", contactId);
            }
            if (callerE164 != null) {
                contact.withObjectProperty("CustomerEndpoint").put("Address", callerE164).put("Type", "TELEPHONE_NUMBER");
            }
            ObjectNode params = event.withObjectProperty("Details").withObjectProperty("Parameters");
            parameters.forEach(params::put);
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Sets ContactId and the caller's number, and replaces the flow's parameters with exactly
     * {@code parameters}, in their order (what the Replay form's parameter lines say, nothing left over).
     * The edits are made where the values stand, so the rest of the text keeps the user's formatting and
     * key order; only an event missing one of those keys is rewritten whole.
     */
    public static String withExactParameters(String eventJson, String contactId, String callerE164, Map<String, String> parameters) {
        try {
            JSON.readTree(eventJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        JsonTextEdits edits = new JsonTextEdits(eventJson);
        boolean inPlace = edits.setStringMap(parameters, "Details", "Parameters");
        if (contactId != null) {
            inPlace &= edits.setString(contactId, "Details", "ContactData", "ContactId");
            for (String related : List.of("InitialContactId", "PreviousContactId")) {
                edits.setString(contactId, "Details", "ContactData", related);
            }
        }
        if (callerE164 != null) {
            inPlace &= edits.setString(callerE164, "Details", "ContactData", "CustomerEndpoint", "Address");
        }
        return inPlace ? edits.result() : rewritten(eventJson, contactId, callerE164, parameters);
    }

    private static String rewritten(String eventJson, String contactId, String callerE164, Map<String, String> parameters) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(withContact(eventJson, contactId, callerE164, Map.of()));
            ObjectNode params = event.withObjectProperty("Details").withObjectProperty("Parameters");
            params.removeAll();
            parameters.forEach(params::put);
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Sets contact attributes in an event (what a flow's Set contact attributes block would have set). */
    public static String withAttributes(String eventJson, Map<String, String> attributes) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(eventJson);
            ObjectNode contact = (ObjectNode) event.withObjectProperty("Details").withObjectProperty("ContactData");
            ObjectNode attrs = contact.withObjectProperty("Attributes");
            attributes.forEach(attrs::put);
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The caller's number in an event, or empty. */
    public static String caller(String eventJson) {
        try {
            return callerIn(JSON.readTree(eventJson));
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    /**
     * The caller of an async-wrapper execution: its input is {@code {"event": <the Connect event>, …}}
     * (docs/decisions/0003); a bare Connect event as input works too.
     */
    public static String callerOfExecution(String inputJson) {
        try {
            JsonNode input = JSON.readTree(inputJson);
            return callerIn(input.has("event") ? input.get("event") : input);
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    private static String callerIn(JsonNode event) {
        return event.path("Details").path("ContactData").path("CustomerEndpoint").path("Address").asText("");
    }

    /** The flow's parameters in an event (string values only, as Connect sends them). */
    public static Map<String, String> parameters(String eventJson) {
        try {
            JsonNode params = JSON.readTree(eventJson).path("Details").path("Parameters");
            Map<String, String> out = new java.util.LinkedHashMap<>();
            params.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
            return out;
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    /** @param id the resource name without {@code .json} */
    public record Template(String id, String title, String description) {
        @Override
        public String toString() {
            return title;
        }
    }
}
