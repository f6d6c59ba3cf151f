package io.switchboard.flows.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every action type of AWS's Flow Language reference, read from {@code action-catalog.json} (data, so
 * that a new action type is one entry, with its page, not a new class).
 */
public final class ActionCatalog {

    /** The reference page listing actions, transitions, conditions and identifiers. */
    public static final String ACTIONS_PAGE = "https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-actions.html";

    private static final String RESOURCE = "action-catalog.json";
    private static final ActionCatalog STANDARD = load();

    private final Map<String, ActionSpec> actions;

    private ActionCatalog(Map<String, ActionSpec> actions) {
        this.actions = actions;
    }

    public static ActionCatalog standard() {
        return STANDARD;
    }

    /** Every documented action type, in the reference's order. */
    public Set<String> types() {
        return actions.keySet();
    }

    public boolean knows(String type) {
        return actions.containsKey(type);
    }

    Optional<ActionSpec> spec(String type) {
        return Optional.ofNullable(actions.get(type));
    }

    Collection<ActionSpec> specs() {
        return actions.values();
    }

    /** The documented type closest to a misspelled one, when it is close enough to be a typo. */
    public Optional<String> closestTo(String type) {
        String lower = type.toLowerCase();
        return actions.keySet().stream()
                .min(Comparator.comparingInt(known -> EditDistance.between(lower, known.toLowerCase())))
                .filter(known -> EditDistance.between(lower, known.toLowerCase()) <= Math.max(2, known.length() / 4));
    }

    private static ActionCatalog load() {
        try (InputStream in = ActionCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            String base = root.path("pageBase").asText();
            Map<String, ActionSpec> actions = new LinkedHashMap<>();
            for (JsonNode action : root.path("actions")) {
                ActionSpec spec = action(action, base);
                actions.put(spec.type(), spec);
            }
            return new ActionCatalog(actions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ActionSpec action(JsonNode node, String base) {
        Map<String, ParameterSpec> parameters = new LinkedHashMap<>();
        node.path("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), parameter(e.getKey(), e.getValue())));
        return new ActionSpec(node.path("type").asText(), base + node.path("page").asText(),
                node.path("unchecked").asBoolean(false), parameters,
                groups(node.path("exactlyOneOf")), groups(node.path("atMostOneOf")),
                node.path("conditions").asText("any"), strings(node.path("operands")),
                strings(node.path("requiredOperands")), node.path("operandPattern").asText(null),
                strings(node.path("errors")), node.path("ends").asText("no"),
                new LinkedHashSet<>(strings(node.path("only"))), new LinkedHashSet<>(strings(node.path("not"))));
    }

    private static ParameterSpec parameter(String name, JsonNode node) {
        return new ParameterSpec(name, node.path("kind").asText("text"), node.path("required").asBoolean(false),
                node.path("value").asText("any"), strings(node.path("values")),
                node.has("min") ? node.get("min").asLong() : null, node.has("max") ? node.get("max").asLong() : null,
                node.path("pattern").asText(null), node.has("maxEntries") ? node.get("maxEntries").asInt() : null);
    }

    private static List<List<String>> groups(JsonNode node) {
        List<List<String>> groups = new ArrayList<>();
        node.forEach(group -> groups.add(strings(group)));
        return groups;
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }
}
