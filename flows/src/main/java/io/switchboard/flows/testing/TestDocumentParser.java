package io.switchboard.flows.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.flows.Placeholders;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a testing-language document and says everything wrong with it at once, each problem naming
 * the observation and action it is in. Shapes follow AWS's pages (see the package comment); where
 * published examples disagree with each other, both spellings are read: {@code MatchingCriteria} as a
 * string or a {@code {"Type": ...}} object, inside {@code Properties} or beside it; a DTMF
 * {@code Value} as a string or a number; a mocked Lambda result as {@code LoadedData} or {@code Value},
 * serialized JSON or an object; {@code Usage} types in any case.
 *
 * <p>{@code ${Name}} placeholders resolve like the flows' own ({@link Placeholders}), so a document
 * can name {@code ${VanityFunctionArn}}; one left unresolved is a problem.
 */
public final class TestDocumentParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SYSTEM_EVENTS = Set.of("TestInitiated", "TestCompleted", "MessageReceived", "FlowActionStarted");

    private TestDocumentParser() {
    }

    public static TestDocument parse(String text) {
        return parse(text, Map.of());
    }

    /**
     * @param placeholders values for {@code ${Name}} in the text, e.g. {@code VanityFunctionArn}
     * @throws InvalidTestDocumentException listing every problem found
     */
    public static TestDocument parse(String text, Map<String, String> placeholders) {
        String resolved = Placeholders.substitute(text, placeholders);
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(resolved);
        } catch (JsonProcessingException e) {
            throw new InvalidTestDocumentException(List.of("not JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidTestDocumentException(List.of("a test document is a JSON object with Version and Observations"));
        }
        for (String name : Placeholders.namesIn(resolved)) {
            problems.add("placeholder ${" + name + "} has no value here"
                    + (placeholders.isEmpty() ? "" : " (known: " + String.join(", ", placeholders.keySet()) + ")"));
        }
        String version = root.path("Version").asText("");
        if (!TestDocument.VERSIONS.contains(version)) {
            problems.add("Version must be " + String.join(" or ", TestDocument.VERSIONS)
                    + (version.isEmpty() ? ", and is missing" : ", not \"" + version + "\""));
        }
        JsonNode list = root.path("Observations");
        if (!list.isArray() || list.isEmpty()) {
            problems.add("Observations must be a non-empty array of observations");
        }
        List<Observation> observations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Observation observation = observation(list.get(i), i, problems);
            if (observation != null) {
                if (!ids.add(observation.identifier())) {
                    problems.add(where(i, observation.identifier()) + ": Identifier is used by an earlier observation");
                }
                observations.add(observation);
            }
        }
        for (int i = 0; i < observations.size(); i++) {
            for (String next : observations.get(i).nextObservations()) {
                if (!ids.contains(next)) {
                    problems.add(where(i, observations.get(i).identifier()) + ": NextObservations names '" + next
                            + "', which is no observation's Identifier");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTestDocumentException(problems);
        }
        return new TestDocument(version, observations);
    }

    private static Observation observation(JsonNode node, int index, List<String> problems) {
        if (!node.isObject()) {
            problems.add("Observations[" + index + "] is not an object");
            return null;
        }
        String id = node.path("Identifier").asText("");
        String at = where(index, id);
        if (id.isBlank()) {
            problems.add(at + ": Identifier is missing");
        }
        ObservedEvent event = event(node.path("Event"), at, problems);
        List<TestAction> actions = new ArrayList<>();
        JsonNode actionList = node.path("Actions");
        if (!actionList.isMissingNode() && !actionList.isArray()) {
            problems.add(at + ": Actions must be an array");
        }
        Set<String> actionIds = new HashSet<>();
        for (JsonNode action : actionList) {
            TestAction parsed = TestActionParser.parse(action, at, problems);
            if (parsed != null) {
                if (!actionIds.add(parsed.identifier())) {
                    problems.add(at + ", action '" + parsed.identifier() + "': Identifier is used twice in this observation");
                }
                actions.add(parsed);
            }
        }
        for (JsonNode action : actionList) {
            String next = action.path("Transitions").path("NextAction").asText("");
            if (!next.isEmpty() && !actionIds.contains(next)) {
                problems.add(at + ", action '" + action.path("Identifier").asText() + "': NextAction '" + next
                        + "' is no action of this observation");
            }
        }
        int times = usageTimes(node.path("Usage"), at, problems);
        List<String> next = new ArrayList<>();
        JsonNode nextList = node.path("Transitions").path("NextObservations");
        if (!nextList.isMissingNode() && !nextList.isArray()) {
            problems.add(at + ": Transitions.NextObservations must be an array of observation identifiers");
        }
        nextList.forEach(n -> next.add(n.asText()));
        return event == null ? null : new Observation(id, event, actions, times, next);
    }

    private static int usageTimes(JsonNode usage, String at, List<String> problems) {
        if (usage.isMissingNode() || usage.isNull()) {
            return 0;
        }
        String type = usage.path("Type").asText("").toUpperCase(Locale.ROOT);
        if (type.equals("ANY")) {
            return 0;
        }
        if (!type.equals("EXACTLY")) {
            problems.add(at + ": Usage.Type must be EXACTLY or ANY, not \"" + usage.path("Type").asText() + "\"");
            return 0;
        }
        JsonNode times = usage.path("Times");
        if (times.isMissingNode()) {
            return 0;
        }
        if (!times.canConvertToInt() || times.asInt() < 1) {
            problems.add(at + ": Usage.Times must be a whole number of at least 1");
            return 0;
        }
        return times.asInt();
    }

    private static ObservedEvent event(JsonNode event, String at, List<String> problems) {
        if (!event.isObject()) {
            problems.add(at + ": Event is missing (an object with Type, Actor and Properties)");
            return null;
        }
        String type = event.path("Type").asText("").trim();
        String actor = event.path("Actor").asText("System").trim();
        JsonNode properties = event.path("Properties");
        if (type.isEmpty()) {
            problems.add(at + ": Event.Type is missing (TestInitiated, TestCompleted, MessageReceived or FlowActionStarted)");
            return null;
        }
        if (!actor.equals("System")) {
            return new ObservedEvent.NotReproducible(type, actor,
                    actor + " events need a real " + actor.toLowerCase(Locale.ROOT) + "; the offline simulator has none");
        }
        if (!SYSTEM_EVENTS.contains(type)) {
            return new ObservedEvent.NotReproducible(type, actor, "not an event type of AWS's testing-language reference ("
                    + String.join(", ", SYSTEM_EVENTS.stream().sorted().toList()) + ")");
        }
        return switch (type) {
            case "TestInitiated" -> new ObservedEvent.TestInitiated();
            case "TestCompleted" -> new ObservedEvent.TestCompleted();
            case "MessageReceived" -> message(event, properties, at, problems);
            default -> flowAction(properties, at, problems);
        };
    }

    private static ObservedEvent message(JsonNode event, JsonNode properties, String at, List<String> problems) {
        String text = textOrNull(properties.get("Text"));
        String ssml = textOrNull(properties.get("SSML"));
        String promptId = textOrNull(properties.get("PromptId"));
        String media = textOrNull(properties.path("Media").get("Uri"));
        long given = java.util.stream.Stream.of(text, ssml, promptId, media).filter(v -> v != null).count();
        if (given != 1) {
            problems.add(at + ": a MessageReceived event needs exactly one of Properties.Text, SSML, PromptId and Media.Uri"
                    + (given == 0 ? "" : " (it has " + given + ")"));
        }
        JsonNode criteria = properties.has("MatchingCriteria") ? properties.get("MatchingCriteria") : event.get("MatchingCriteria");
        MatchingCriteria matching = MatchingCriteria.SIMILARITY;
        if (criteria != null && !criteria.isNull()) {
            String name = (criteria.isObject() ? criteria.path("Type").asText("") : criteria.asText("")).trim();
            switch (name.toLowerCase(Locale.ROOT)) {
                case "similarity" -> matching = MatchingCriteria.SIMILARITY;
                case "inclusion" -> matching = MatchingCriteria.INCLUSION;
                default -> problems.add(at + ": MatchingCriteria must be Similarity or Inclusion, not \"" + name + "\"");
            }
        }
        return new ObservedEvent.MessageReceived(text, ssml, promptId, media, matching);
    }

    private static ObservedEvent flowAction(JsonNode properties, String at, List<String> problems) {
        String actionType = properties.path("ActionType").asText("").trim();
        if (actionType.isEmpty()) {
            problems.add(at + ": a FlowActionStarted event needs Properties.ActionType (e.g. InvokeLambdaFunction)");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        flatten("", properties.path("ActionParameters"), parameters);
        return new ObservedEvent.FlowActionStarted(actionType, parameters);
    }

    static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        node.fields().forEachRemaining(field -> {
            if (field.getValue().isObject()) {
                flatten(prefix + field.getKey() + ".", field.getValue(), into);
            } else {
                into.put(prefix + field.getKey(), field.getValue().asText());
            }
        });
    }

    static String textOrNull(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    static String where(int index, String id) {
        return "observation " + (index + 1) + (id == null || id.isBlank() ? "" : " '" + id + "'");
    }
}
