package io.switchboard.lambdas.vanity.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A business's own words (brands, products, places) for its vanity numbers, e.g.
 * {@code FEDEX,ACME,SEATTLE}: ranked above dictionary words of the same length, in every language.
 * Each must be letters only ({@code A-Z} or an accented letter on a key: {@code MÜNCHEN}),
 * {@value #MIN_LENGTH} to {@value #MAX_LENGTH} letters, and not profane (the same lists the
 * dictionaries are filtered with); at most {@value #MAX_WORDS} words.
 */
public record BusinessWords(List<String> words) {
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 12;
    public static final int MAX_WORDS = 50;
    public static final BusinessWords NONE = new BusinessWords(List.of());

    private static final String PROFANITY = "profanity.txt";

    public BusinessWords {
        words = List.copyOf(words);
    }

    /**
     * Parses a comma-separated list (spaces around words ignored, empty entries skipped, duplicates
     * kept once, upper case). Throws {@link IllegalArgumentException} saying which word is wrong and why.
     */
    public static BusinessWords parse(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return NONE;
        }
        Set<String> words = new LinkedHashSet<>();
        for (String raw : commaSeparated.split(",")) {
            String word = raw.strip();
            if (word.isEmpty()) {
                continue;
            }
            String problem = problem(word);
            if (problem != null) {
                throw new IllegalArgumentException("\"" + word + "\" " + problem);
            }
            words.add(upperCase(word));
        }
        if (words.size() > MAX_WORDS) {
            throw new IllegalArgumentException("at most " + MAX_WORDS + " words, got " + words.size());
        }
        return new BusinessWords(new ArrayList<>(words));
    }

    /** What is wrong with one word, or {@code null} when it may be used. */
    public static String problem(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Keypad.digitOf(word.charAt(i)) < 2) {
                return "has '" + word.charAt(i) + "': letters only (no digits, spaces or punctuation)";
            }
        }
        if (word.length() < MIN_LENGTH || word.length() > MAX_LENGTH) {
            return "has " + word.length() + " letters: " + MIN_LENGTH + " to " + MAX_LENGTH + " are allowed";
        }
        if (Profanity.WORDS.contains(word.toLowerCase(Locale.ROOT))) {
            return "is on the profanity list";
        }
        return null;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words as the stack parameter and the CLI take them: {@code FEDEX,ACME}. */
    public String commaSeparated() {
        return String.join(",", words);
    }

    private static String upperCase(String word) {
        StringBuilder upper = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            upper.append(Keypad.upperCase(Character.toLowerCase(word.charAt(i))));
        }
        return upper.toString();
    }

    /** The profanity lists (every language), loaded once when a business word is first checked. */
    private static final class Profanity {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            try (InputStream in = BusinessWords.class.getResourceAsStream(PROFANITY)) {
                if (in == null) {
                    throw new IllegalStateException("profanity list resource missing: " + PROFANITY);
                }
                return new HashSet<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
