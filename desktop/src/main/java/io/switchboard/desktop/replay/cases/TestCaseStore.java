package io.switchboard.desktop.replay.cases;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Test cases as readable JSON files in {@code <data>/test-cases/}, so they can be reviewed, shared and
 * kept in git. A Play case is two files: {@code NAME.json}, a Connect testing-language document that
 * {@code switchboard test} and {@code CreateTestCase} take as it is, and {@code NAME.entry.json}, its
 * entry point (flow, caller, inputs), which a document does not hold. An Invoke case is one
 * {@code NAME.json} in Switchboard's own format. A Play case saved before documents is rewritten as
 * the two files when read, its old file kept as {@code NAME.json.old}.
 */
public final class TestCaseStore {
    public static final String ENTRY_SUFFIX = ".entry.json";
    public static final String BACKUP_SUFFIX = ".old";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path folder;

    public TestCaseStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** What the folder holds, by name; files that are not test cases are reported, not thrown; old Play cases migrated. */
    public Loaded load() {
        List<TestCase> cases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> migrated = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Loaded(cases, problems, migrated);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(TestCaseStore::isCaseFile).sorted().toList()) {
                try {
                    TestCase read = read(file, migrated);
                    cases.add(read);
                } catch (IOException | IllegalArgumentException | UncheckedIOException broken) {
                    problems.add(file.getFileName() + " is not a test case: " + firstLine(reason(broken)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cases.sort(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)));
        return new Loaded(cases, problems, migrated);
    }

    private static boolean isCaseFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") && !name.endsWith(ENTRY_SUFFIX);
    }

    private TestCase read(Path file, List<String> migrated) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (root.has("Observations")) {
            return readDocument(file, Files.readString(file));
        }
        TestCase testCase = JSON.treeToValue(root, TestCase.class);
        if (testCase.play() != null) {
            // Saved before documents: the constructor wrote the expectations as a document; keep the old file.
            Files.copy(file, file.resolveSibling(file.getFileName() + BACKUP_SUFFIX), StandardCopyOption.REPLACE_EXISTING);
            save(testCase);
            migrated.add(testCase.name());
        }
        return testCase;
    }

    private TestCase readDocument(Path file, String document) throws IOException {
        Path entryFile = entryFileOf(file);
        if (!Files.exists(entryFile)) {
            throw new IllegalArgumentException("a testing-language document without its entry point (" + entryFile.getFileName()
                    + "): import it from the Test cases tab to give it a flow and a caller");
        }
        JsonNode entry = JSON.readTree(entryFile.toFile());
        TestCase.PlayCase play = JSON.treeToValue(entry.path("play"), TestCase.PlayCase.class);
        if (play == null || play.flow() == null) {
            throw new IllegalArgumentException(entryFile.getFileName() + " names no flow");
        }
        String name = entry.path("name").asText("");
        return TestCase.of(name.isBlank() ? file.getFileName().toString().replaceFirst("\\.json$", "") : name, play, document);
    }

    /** Writes the case (a Play case as its document and its entry point); one with the same name is replaced. */
    public Path save(TestCase testCase) {
        Path file = folder.resolve(fileName(testCase.name()));
        try {
            Files.createDirectories(folder);
            if (testCase.play() != null) {
                ObjectNode entry = JSON.createObjectNode();
                entry.put("name", testCase.name());
                entry.set("play", JSON.valueToTree(testCase.play()));
                write(entryFileOf(file), JSON.writeValueAsString(entry));
                write(file, testCase.document());
            } else {
                write(file, JSON.writeValueAsString(testCase));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the test case in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(partial, text);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }

    public void delete(String name) {
        try {
            Path file = folder.resolve(fileName(name));
            Files.deleteIfExists(file);
            Files.deleteIfExists(entryFileOf(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path entryFileOf(Path file) {
        return file.resolveSibling(file.getFileName().toString().replaceFirst("\\.json$", "") + ENTRY_SUFFIX);
    }

    /** "Vanity: FLOWERS!" → {@code vanity-flowers.json} */
    static String fileName(String name) {
        String slug = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return (slug.isEmpty() ? "case" : slug) + ".json";
    }

    /** A case Jackson could not build says why in its own words (e.g. an ending the testing language cannot express). */
    private static String reason(Exception broken) {
        return broken instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException && broken.getCause() != null
                ? broken.getCause().getMessage() : broken.getMessage();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** @param migrated the names of Play cases rewritten as testing-language documents during this load */
    public record Loaded(List<TestCase> cases, List<String> problems, List<String> migrated) {
    }
}
