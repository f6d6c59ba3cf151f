package io.switchboard.flows.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.flows.simulator.SimulatedContact;
import java.util.Optional;

/**
 * Reads a {@code $.} path of an {@code Assert} or {@code LogData} against the simulated call at a
 * moment. {@code $.External} is the last successful Lambda response before that moment; contact
 * attributes are those the call ended with (the transcript keeps no earlier copy), which is exact for
 * assertions on TestCompleted.
 */
final class CallFacts {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A path's value: {@code known} false when the simulator cannot know it offline. */
    record Fact(boolean known, String value, String note) {
        static Fact of(String value) {
            return new Fact(true, value, "");
        }

        static Fact unknown(String why) {
            return new Fact(false, null, why);
        }
    }

    private final CallMoments moments;
    private final SimulatedContact contact;

    CallFacts(CallMoments moments, SimulatedContact contact) {
        this.moments = moments;
        this.contact = contact;
    }

    Fact at(String path, int moment) {
        String trimmed = path.trim();
        if (!trimmed.startsWith("$.")) {
            return Fact.unknown("not a $. path");
        }
        String[] parts = trimmed.substring(2).split("\\.", 2);
        String rest = parts.length > 1 ? unquote(parts[1]) : "";
        return switch (unquote(parts[0])) {
            case "Attributes" -> Fact.of(moments.call().finalAttributes().get(rest));
            case "External" -> external(rest, moment);
            case "CustomerEndpoint" -> rest.equals("Address") ? Fact.of(contact.callerNumber()) : unknown(trimmed);
            case "SystemEndpoint" -> rest.equals("Address") ? Fact.of(contact.systemNumber()) : unknown(trimmed);
            case "ContactId", "InitialContactId" -> rest.isEmpty() ? Fact.of(contact.contactId()) : unknown(trimmed);
            case "Channel" -> rest.isEmpty() ? Fact.of("VOICE") : unknown(trimmed);
            case "LanguageCode" -> rest.isEmpty() ? Fact.of("en-US") : unknown(trimmed);
            case "InstanceARN" -> rest.isEmpty() ? Fact.of(contact.instanceArn()) : unknown(trimmed);
            case "Queue" -> rest.equals("ARN") || rest.equals("Arn") ? Fact.of(moments.queueBefore(moment)) : unknown(trimmed);
            default -> unknown(trimmed);
        };
    }

    private Fact external(String key, int moment) {
        String response = moments.externalBefore(moment);
        if (response == null) {
            return Fact.of(null);
        }
        try {
            JsonNode node = JSON.readTree(response);
            for (String part : key.split("\\.")) {
                node = node.path(unquote(part));
            }
            return Fact.of(node.isMissingNode() || node.isNull() ? null : node.isValueNode() ? node.asText() : node.toString());
        } catch (java.io.IOException e) {
            return Fact.of(null);
        }
    }

    private static Fact unknown(String path) {
        return Fact.unknown(path + " is not known offline (the simulator keeps attributes, $.External, the caller's and"
                + " system numbers, contact id, channel, instance and queue ARN)");
    }

    /** {@code ['name']} or {@code "name"} → {@code name}. */
    private static String unquote(String part) {
        String p = part.trim();
        if (p.startsWith("['") && p.endsWith("']")) {
            return p.substring(2, p.length() - 2);
        }
        return p.replaceAll("^\"|\"$", "");
    }

    Optional<String> describe(Fact fact) {
        return fact.known() ? Optional.of(fact.value() == null ? "(not set)" : "\"" + fact.value() + "\"") : Optional.empty();
    }
}
