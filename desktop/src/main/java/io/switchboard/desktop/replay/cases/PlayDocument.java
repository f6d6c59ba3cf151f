package io.switchboard.desktop.replay.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.testing.InvalidTestDocumentException;
import io.switchboard.flows.testing.Observation;
import io.switchboard.flows.testing.TestDocument;
import io.switchboard.flows.testing.TestDocumentParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A Play case's expectations as a Connect testing-language document ({@code Version 2025-06-21}):
 * "the caller hears" becomes a {@code MessageReceived} observation (Inclusion), "the call ends" a
 * {@code FlowActionStarted} of the block that ends a call that way. The entry point (flow, caller,
 * inputs) is not part of a document, as with {@code CreateTestCase}; it is named in
 * {@code Metadata.Description} for a reader and kept beside the document by {@link TestCaseStore}.
 */
public final class PlayDocument {
    public static final String VERSION = "2025-06-21";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The block that ends a call with each outcome; outcomes without one cannot be written as an observation. */
    private static final Map<String, String> ENDING_BLOCKS = Map.of(
            "DISCONNECTED", "DisconnectParticipant",
            "TRANSFERRED", "TransferContactToQueue",
            "TRANSFERRED_TO_QUEUE", "TransferContactToQueue",
            "TRANSFERRED_TO_AGENT", "TransferContactToAgent",
            "TRANSFERRED_TO_NUMBER", "TransferParticipantToThirdParty",
            "TRANSFERRED_TO_FLOW", "TransferToFlow",
            "ENDED", "EndFlowExecution");

    private PlayDocument() {
    }

    /**
     * @param expectEnding an outcome ({@code DISCONNECTED}…) or {@code null} for any
     * @param expectHeard  words the caller must hear, or {@code null}
     * @throws IllegalArgumentException when the ending has no block in Connect (UNSUPPORTED_ACTION, SIMULATION_ERROR)
     */
    public static String from(String name, TestCase.PlayCase entry, String expectEnding, String expectHeard) {
        ObjectNode root = JSON.createObjectNode();
        root.put("Version", VERSION);
        ObjectNode metadata = root.putObject("Metadata");
        metadata.put("Name", name);
        metadata.put("Description", entry == null ? "Saved from Switchboard's Play a call." : "Entry point: " + entry.describe() + ".");
        ArrayNode observations = root.putArray("Observations");
        if (expectHeard != null && !expectHeard.isBlank()) {
            ObjectNode properties = JSON.createObjectNode();
            properties.put("Text", expectHeard.strip());
            properties.putObject("MatchingCriteria").put("Type", "Inclusion");
            observations.add(observation("hears", "MessageReceived", properties));
        }
        if (expectEnding != null && !expectEnding.isBlank()) {
            String block = ENDING_BLOCKS.get(expectEnding.strip().toUpperCase(Locale.ROOT));
            if (block == null) {
                throw new IllegalArgumentException("an ending of " + expectEnding + " cannot be written in Connect's testing language"
                        + " (no flow block ends a call that way): choose another ending or Any");
            }
            ObjectNode properties = JSON.createObjectNode();
            properties.put("ActionType", block);
            observations.add(observation("ends", "FlowActionStarted", properties));
        }
        if (observations.isEmpty()) {
            observations.add(observation("call-ends", "TestCompleted", JSON.createObjectNode()));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode observation(String id, String type, ObjectNode properties) {
        ObjectNode observation = JSON.createObjectNode();
        observation.put("Identifier", id);
        ObjectNode event = observation.putObject("Event");
        event.put("Identifier", id + "-event");
        event.put("Type", type);
        event.put("Actor", "System");
        event.set("Properties", properties);
        observation.putArray("Actions");
        observation.putObject("Transitions").putArray("NextObservations");
        return observation;
    }

    /** The document's observations in one line each, for the cases table; the problems when it does not parse. */
    public static String expects(String document) {
        try {
            TestDocument parsed = TestDocumentParser.parse(document, anyPlaceholders(document));
            return parsed.observations().stream().map(PlayDocument::expects).collect(Collectors.joining("; "));
        } catch (InvalidTestDocumentException invalid) {
            return "invalid: " + String.join("; ", invalid.problems());
        }
    }

    private static String expects(Observation observation) {
        return observation.event().describe() + (observation.actions().isEmpty() ? "" : " + " + observation.actions().size() + " action(s)");
    }

    /** Stands in for {@code ${Name}} placeholders, which only a session can fill, to read a document without one. */
    private static Map<String, String> anyPlaceholders(String document) {
        Map<String, String> same = new java.util.HashMap<>();
        for (String name : io.switchboard.flows.Placeholders.namesIn(document)) {
            same.put(name, "<" + name + ">");
        }
        return same;
    }

    /** The document's {@code Metadata.Name}, or {@code null}. */
    public static String nameIn(String document) {
        try {
            String name = JSON.readTree(document).path("Metadata").path("Name").asText("");
            return name.isBlank() ? null : name.strip();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Every problem of a document, for one clear message; empty when it is a valid testing-language document. */
    public static List<String> problems(String document) {
        try {
            TestDocumentParser.parse(document, anyPlaceholders(document));
            return List.of();
        } catch (InvalidTestDocumentException invalid) {
            return new ArrayList<>(invalid.problems());
        }
    }
}
