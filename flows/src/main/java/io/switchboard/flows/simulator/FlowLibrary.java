package io.switchboard.flows.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.FlowLoadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The flows a simulated call can continue into (TransferToFlow, InvokeFlowModule), found by file name,
 * {@code Metadata.name}, ARN or id. DescribeContactFlow / DescribeContactFlowModule records
 * ({@code {"ContactFlow": {"Arn", "Id", "Name", "Content"}}}) are read from their {@code Content}.
 */
public final class FlowLibrary {

    /** One flow of the library. */
    public record Entry(String name, Path file, FlowDocument document) {
    }

    private final Map<String, Entry> byKey;
    private final List<Entry> entries;
    private final List<String> problems;

    private FlowLibrary(Map<String, Entry> byKey, List<Entry> entries, List<String> problems) {
        this.byKey = byKey;
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    public static FlowLibrary none() {
        return new FlowLibrary(Map.of(), List.of(), List.of());
    }

    /** Every {@code *.json} directly in {@code dir}; files that are not flows are listed in {@link #problems()}. */
    public static FlowLibrary of(Path dir) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list flows in " + dir, e);
        }
        Map<String, Entry> byKey = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                add(file, byKey, entries);
            } catch (FlowLoadException e) {
                problems.add(file.getFileName() + ": " + e.getMessage());
            }
        }
        return new FlowLibrary(byKey, entries, problems);
    }

    private static void add(Path file, Map<String, Entry> byKey, List<Entry> entries) {
        FlowDocument read = FlowDocument.fromFile(file);
        JsonNode record = read.root().has("ContactFlow") ? read.root().get("ContactFlow")
                : read.root().get("ContactFlowModule");
        FlowDocument document = read;
        List<String> keys = new ArrayList<>();
        String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
        keys.add(stem);
        String name = read.root().path("Metadata").path("name").asText(stem);
        if (record != null) {
            JsonNode content = record.path("Content");
            document = FlowDocument.fromString(content.isTextual() ? content.asText() : content.toString());
            name = record.path("Name").asText(name);
            keys.add(record.path("Arn").asText(""));
            keys.add(record.path("Id").asText(""));
        }
        keys.add(name);
        Entry entry = new Entry(name, file, document);
        entries.add(entry);
        for (String key : keys) {
            if (!key.isBlank()) {
                byKey.putIfAbsent(key, entry);
                byKey.putIfAbsent(normalised(key), entry);
            }
        }
    }

    /**
     * The flow a {@code ContactFlowId} / {@code FlowModuleId} names: an exact key, the id at the end of an
     * ARN, or — for an unfilled placeholder such as {@code ${aws_connect_contact_flow.sample_x.contact_flow_id}}
     * or {@code .../contact-flow/${F:acme_queue:F}} — a part that names a flow (ignoring case and
     * punctuation), or that ends the name of exactly one flow.
     */
    public Optional<Entry> find(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        List<String> candidates = candidates(reference.trim());
        for (String candidate : candidates) {
            Entry found = byKey.get(candidate);
            if (found == null) {
                found = byKey.get(normalised(candidate));
            }
            if (found != null) {
                return Optional.of(found);
            }
        }
        for (String candidate : candidates) {
            String wanted = normalised(candidate);
            if (wanted.length() < 9) {
                continue;
            }
            List<Entry> endingSo = byKey.entrySet().stream().filter(e -> e.getKey().startsWith("~") && e.getKey().endsWith(wanted.substring(1)))
                    .map(Map.Entry::getValue).distinct().toList();
            if (endingSo.size() == 1) {
                return Optional.of(endingSo.get(0));
            }
        }
        return Optional.empty();
    }

    private static List<String> candidates(String reference) {
        List<String> candidates = new ArrayList<>();
        candidates.add(reference);
        String last = reference.substring(reference.lastIndexOf('/') + 1);
        candidates.add(last);
        candidates.add(last.replaceFirst("\\.json$", ""));
        if (last.startsWith("${") && last.endsWith("}")) {
            candidates.addAll(List.of(last.substring(2, last.length() - 1).split("[.:]")));
        }
        return candidates;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Files in the folder that could not be read as flows. */
    public List<String> problems() {
        return problems;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** "Sample Lambda integration", "sample_lambda_integration" and "sample-lambda-integration" are one name. */
    private static String normalised(String key) {
        return "~" + key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
