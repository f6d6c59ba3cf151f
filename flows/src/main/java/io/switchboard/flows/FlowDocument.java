package io.switchboard.flows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An Amazon Connect Flow Language document: the exact text (what goes into
 * {@code AWS::Connect::ContactFlow.Content}) and its parsed form.
 *
 * <p>Load the shipped flows with {@link #fromClasspath(String)} ({@code "vanity"}, {@code "async-demo"}).
 * Flow text may carry CloudFormation {@code ${Name}} placeholders; {@link #withPlaceholders(Map)}
 * fills them in for local use (simulation), while the stack keeps them for {@code !Sub}.
 */
public final class FlowDocument {

    public static final String SUPPORTED_VERSION = "2019-10-30";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String text;
    private final JsonNode root;
    private final List<FlowAction> actions;

    private FlowDocument(String text, JsonNode root) {
        this.text = text;
        this.root = root;
        List<FlowAction> parsed = new ArrayList<>();
        for (JsonNode action : root.path("Actions")) {
            parsed.add(FlowAction.from(action));
        }
        this.actions = Collections.unmodifiableList(parsed);
    }

    /** Parses flow text; fails with {@link FlowLoadException} when it is not a JSON object. */
    public static FlowDocument fromString(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || !root.isObject()) {
                throw new FlowLoadException("a flow must be a JSON object");
            }
            return new FlowDocument(text, root);
        } catch (JsonProcessingException e) {
            throw new FlowLoadException("flow is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static FlowDocument fromString(String text, Map<String, String> placeholders) {
        return fromString(Placeholders.substitute(text, placeholders));
    }

    public static FlowDocument fromFile(Path file) {
        try {
            return fromString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FlowLoadException("cannot read flow file " + file + ": " + e.getMessage(), e);
        }
    }

    public static FlowDocument fromFile(Path file, Map<String, String> placeholders) {
        return fromFile(file).withPlaceholders(placeholders);
    }

    /** Loads {@code flows/NAME.json} from the classpath (the flows this module ships). */
    public static FlowDocument fromClasspath(String name) {
        String resource = "flows/" + name + ".json";
        try (InputStream in = FlowDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new FlowLoadException("no flow named '" + name + "' on the classpath (" + resource + ")");
            }
            return fromString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FlowDocument fromClasspath(String name, Map<String, String> placeholders) {
        return fromClasspath(name).withPlaceholders(placeholders);
    }

    /** A copy with every {@code ${Name}} whose name is in the map replaced (JSON-escaped). */
    public FlowDocument withPlaceholders(Map<String, String> placeholders) {
        return fromString(Placeholders.substitute(text, placeholders));
    }

    /** Names of the {@code ${Name}} placeholders still in the text, in order of first use. */
    public List<String> placeholderNames() {
        return Placeholders.namesIn(text);
    }

    /** The document text as loaded (after substitution): what the stack puts into {@code Content}. */
    public String text() {
        return text;
    }

    /** The text without insignificant whitespace; the smallest form Connect accepts. */
    public String compactText() {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonNode root() {
        return root;
    }

    public String version() {
        return root.path("Version").asText(null);
    }

    public String startAction() {
        return root.path("StartAction").asText(null);
    }

    public List<FlowAction> actions() {
        return actions;
    }

    public Optional<FlowAction> action(String identifier) {
        return actions.stream().filter(a -> a.identifier().equals(identifier)).findFirst();
    }
}
