package io.switchboard.desktop.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Checks an edited event the way Connect would build it; says what to fix, with line and column. */
final class EventValidation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventValidation() {
    }

    /** @return problems in words; empty when the event is fine to send */
    static List<String> check(String eventJson) {
        JsonNode event;
        try {
            event = JSON.readTree(eventJson);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            return List.of("Not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage());
        }
        List<String> problems = new ArrayList<>();
        if (event == null || !event.isObject()) {
            return List.of("The event must be a JSON object like the templates.");
        }
        if (!"ContactFlowEvent".equals(event.path("Name").asText())) {
            problems.add("\"Name\" must be \"ContactFlowEvent\".");
        }
        JsonNode contact = event.path("Details").path("ContactData");
        if (!contact.isObject()) {
            problems.add("\"Details.ContactData\" is missing.");
        } else if (contact.path("ContactId").asText("").isBlank()) {
            problems.add("\"Details.ContactData.ContactId\" is missing.");
        }
        JsonNode parameters = event.path("Details").path("Parameters");
        if (!parameters.isMissingNode() && !parameters.isObject()) {
            problems.add("\"Details.Parameters\" must be an object.");
        }
        parameters.fields().forEachRemaining(p -> {
            if (!p.getValue().isTextual()) {
                problems.add("Parameter \"" + p.getKey() + "\" must be a string (Connect sends only strings): write \"" + p.getValue().asText() + "\".");
            }
        });
        return problems;
    }
}
