package io.switchboard.flows.testing;

import io.switchboard.flows.simulator.SpokenPrompt;
import io.switchboard.flows.ssml.InvalidSsmlException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Whether a prompt the caller heard is the one a {@code MessageReceived} event expects. */
final class PromptMatcher {

    static final double SIMILARITY_THRESHOLD = 0.8;
    private static final String AUDIO_PROMPT = "audio prompt ";

    private PromptMatcher() {
    }

    static boolean matches(ObservedEvent.MessageReceived expected, String heard) {
        if (expected.promptId() != null || expected.mediaUri() != null) {
            String id = expected.promptId() != null ? expected.promptId() : expected.mediaUri();
            return heard.startsWith(AUDIO_PROMPT) && sameResource(heard.substring(AUDIO_PROMPT.length()).trim(), id.trim());
        }
        String text = expectedWords(expected);
        return switch (expected.criteria()) {
            case INCLUSION -> (" " + normalize(heard) + " ").contains(" " + normalize(text) + " ");
            case SIMILARITY -> similarity(text, heard) >= SIMILARITY_THRESHOLD;
        };
    }

    /** The words the event expects to be heard (SSML rendered as the simulator speaks it). */
    static String expectedWords(ObservedEvent.MessageReceived expected) {
        if (expected.ssml() == null) {
            return expected.text();
        }
        try {
            return SpokenPrompt.fromSsml(expected.ssml()).heard();
        } catch (InvalidSsmlException e) {
            return expected.ssml();
        }
    }

    /** Sørensen–Dice coefficient over the two prompts' words (multisets), 0..1. */
    static double similarity(String expected, String heard) {
        List<String> a = words(expected);
        List<String> b = new ArrayList<>(words(heard));
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int total = a.size() + b.size();
        int shared = 0;
        for (String word : a) {
            if (b.remove(word)) {
                shared++;
            }
        }
        return 2.0 * shared / total;
    }

    /** A prompt id matches its ARN and the other way round ({@code .../prompt/ID}). */
    private static boolean sameResource(String heard, String expected) {
        return heard.equals(expected) || heard.endsWith("/" + expected) || expected.endsWith("/" + heard);
    }

    private static List<String> words(String text) {
        String normal = normalize(text);
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split(" "));
    }

    /** Lower case, the simulator's {@code [pause 0.5s]} marks and punctuation dropped, spaces collapsed. */
    static String normalize(String text) {
        return text.replaceAll("\\[pause [^\\]]*]", " ").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
