package io.switchboard.desktop.replay.cases;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Test cases as one readable JSON file each in {@code <data>/test-cases/}, so they can be reviewed,
 * shared and kept in git.
 */
public final class TestCaseStore {
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

    /** What the folder holds, by name; files that are not test cases are reported, not thrown. */
    public Loaded load() {
        List<TestCase> cases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Loaded(cases, problems);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    cases.add(JSON.readValue(file.toFile(), TestCase.class));
                } catch (IOException | IllegalArgumentException broken) {
                    problems.add(file.getFileName() + " is not a test case: " + broken.getMessage().lines().findFirst().orElse(""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cases.sort(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)));
        return new Loaded(cases, problems);
    }

    /** Writes the case; one with the same name is replaced. */
    public Path save(TestCase testCase) {
        Path file = folder.resolve(fileName(testCase.name()));
        try {
            Files.createDirectories(folder);
            Path partial = folder.resolve(file.getFileName() + ".tmp");
            JSON.writeValue(partial.toFile(), testCase);
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the test case in " + folder + ": " + e.getMessage(), e);
        }
    }

    public void delete(String name) {
        try {
            Files.deleteIfExists(folder.resolve(fileName(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Vanity: FLOWERS!" → {@code vanity-flowers.json} */
    static String fileName(String name) {
        String slug = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return (slug.isEmpty() ? "case" : slug) + ".json";
    }

    public record Loaded(List<TestCase> cases, List<String> problems) {
    }
}
