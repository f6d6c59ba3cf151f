package io.switchboard.flows.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.References;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves {@code $.Attributes.x}, {@code $.External.x}, {@code $.FlowAttributes.x} and contact paths. */
final class ReferenceResolver {
    /** What {@code $.LanguageCode} resolves to: Connect's default contact language, as the simulator assumes. */
    static final String DEFAULT_LANGUAGE_CODE = "en-US";

    private static final Pattern INLINE = Pattern.compile(
            "\\$\\.[A-Za-z]+(?:\\.(?:[A-Za-z0-9_\\-]+|\\['[^']+'\\]))*");
    private static final Pattern SEGMENT = Pattern.compile("\\.(?:([A-Za-z0-9_\\-]+)|\\['([^']+)'\\])");

    private final CallState state;
    private final String actionId;

    ReferenceResolver(CallState state, String actionId) {
        this.state = state;
        this.actionId = actionId;
    }

    /** A parameter value: a whole reference is resolved (missing → empty, with a warning), anything else is literal. */
    String value(String parameter) {
        if (!References.isReference(parameter)) {
            return parameter;
        }
        return resolve(parameter.trim()).orElseGet(() -> {
            state.warn(actionId, parameter.trim() + " is not set");
            return "";
        });
    }

    /** Text with inline references replaced, as Connect does for MessageParticipant Text. */
    String interpolate(String text) {
        Matcher m = INLINE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String reference = m.group();
            String value = resolve(reference).orElseGet(() -> {
                state.warn(actionId, reference + " is not set; the caller hears nothing in its place");
                return "";
            });
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    Optional<String> resolve(String reference) {
        List<String> path = segments(reference);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        String root = path.get(0);
        List<String> rest = path.subList(1, path.size());
        return switch (root) {
            case "Attributes" -> rest.size() == 1 ? Optional.ofNullable(state.attributes.get(rest.get(0))) : Optional.empty();
            case "FlowAttributes" -> rest.size() == 1 ? Optional.ofNullable(state.flowAttributes.get(rest.get(0))) : Optional.empty();
            case "External" -> external(rest);
            case "CustomerEndpoint" -> rest.equals(List.of("Address")) ? Optional.of(state.contact.callerNumber()) : Optional.empty();
            case "SystemEndpoint" -> rest.equals(List.of("Address")) ? Optional.of(state.contact.systemNumber()) : Optional.empty();
            case "ContactId", "InitialContactId" -> rest.isEmpty() ? Optional.of(state.contact.contactId()) : Optional.empty();
            case "Channel" -> rest.isEmpty() ? Optional.of("VOICE") : Optional.empty();
            // Connect's language of a contact whose flows set none (assumed en-US; no simulated action changes it).
            case "LanguageCode" -> rest.isEmpty() ? Optional.of(DEFAULT_LANGUAGE_CODE) : Optional.empty();
            case "InstanceARN" -> rest.isEmpty() ? Optional.of(state.contact.instanceArn()) : Optional.empty();
            case "StoredCustomerInput" -> rest.isEmpty() ? Optional.ofNullable(state.storedInput) : Optional.empty();
            case "Lex" -> lex(rest);
            case "Customer" -> rest.size() == 1 ? Optional.ofNullable(state.customerProfile.get(rest.get(0))) : Optional.empty();
            case "Case" -> rest.size() == 1 ? Optional.ofNullable(state.caseFields.get(rest.get(0))) : Optional.empty();
            case "LambdaInvocation" -> rest.equals(List.of("InvocationId")) ? Optional.ofNullable(state.lastInvocationId) : Optional.empty();
            case "Queue" -> queue(rest);
            default -> Optional.empty();
        };
    }

    private Optional<String> lex(List<String> path) {
        if (path.equals(List.of("IntentName"))) {
            return Optional.ofNullable(state.lexIntent);
        }
        return path.size() == 2 && path.get(0).equals("Slots") ? Optional.ofNullable(state.lexSlots.get(path.get(1))) : Optional.empty();
    }

    private Optional<String> queue(List<String> path) {
        if (state.targetQueue == null || path.size() != 1) {
            return Optional.empty();
        }
        return switch (path.get(0)) {
            case "ARN", "Id" -> Optional.of(state.targetQueue);
            case "Name" -> Optional.of(state.targetQueue.substring(state.targetQueue.lastIndexOf('/') + 1));
            default -> Optional.empty();
        };
    }

    private Optional<String> external(List<String> path) {
        JsonNode node = state.external;
        for (String key : path) {
            node = node.get(key);
            if (node == null) {
                return Optional.empty();
            }
        }
        if (node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(node.isValueNode() ? node.asText() : node.toString());
    }

    private static List<String> segments(String reference) {
        if (!reference.startsWith("$.")) {
            return List.of();
        }
        List<String> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(reference.substring(1));
        int at = 0;
        while (m.find() && m.start() == at) {
            segments.add(m.group(1) != null ? m.group(1) : m.group(2));
            at = m.end();
        }
        return at == reference.length() - 1 ? segments : List.of();
    }
}
