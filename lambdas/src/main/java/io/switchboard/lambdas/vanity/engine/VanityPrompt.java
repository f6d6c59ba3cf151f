package io.switchboard.lambdas.vanity.engine;

import java.util.List;

/**
 * Builds the complete SSML prompt a Connect flow plays (its {@code SSML} parameter, not {@code Text}):
 * the top three candidates, each spoken digits-by-digit and word-by-word, in the result's language:
 * its sentences inside {@code <lang xml:lang="de-DE">}, for the voice the flow sets for that language
 * ({@link VanityLanguage#voice()}).
 */
public final class VanityPrompt {
    /** How many candidates the prompt reads out. */
    public static final int SPOKEN_CANDIDATES = 3;

    private static final String BETWEEN = "<break time=\"500ms\"/>";

    private VanityPrompt() {
    }

    /** A {@code <speak>} document for the result: its top three candidates, or why there are none. */
    public static String forResult(VanityResult result) {
        if (result.status() == VanityStatus.OK && !result.candidates().isEmpty()) {
            return forCandidates(result.candidates(), result.language());
        }
        VanityLanguage language = result.language();
        return speak(language, escape(result.status() == VanityStatus.INVALID_NUMBER ? language.invalidNumber : language.noVanity));
    }

    /** A {@code <speak>} document reading the first three candidates in English ("Your vanity numbers are … Next … Finally …"). */
    public static String forCandidates(List<VanityCandidate> candidates) {
        return forCandidates(candidates, VanityLanguage.ENGLISH);
    }

    /** A {@code <speak>} document reading the first three candidates, with {@code language}'s sentences. */
    public static String forCandidates(List<VanityCandidate> candidates, VanityLanguage language) {
        int spoken = Math.min(SPOKEN_CANDIDATES, candidates.size());
        if (spoken == 0) {
            return speak(language, escape(language.noVanity));
        }
        StringBuilder ssml = new StringBuilder();
        if (spoken == 1) {
            ssml.append(escape(language.oneNumber)).append(candidates.get(0).ssml()).append('.');
        } else {
            for (int i = 0; i < spoken; i++) {
                String leadIn = i == 0 ? language.numbers : i == spoken - 1 ? language.finally_ : language.next;
                if (i > 0) {
                    ssml.append(BETWEEN);
                }
                ssml.append(escape(leadIn)).append(candidates.get(i).ssml()).append('.');
            }
        }
        return speak(language, ssml.toString());
    }

    private static String speak(VanityLanguage language, String body) {
        return "<speak><lang xml:lang=\"" + language.ssmlLanguage() + "\">" + body + "</lang></speak>";
    }

    /** Escapes text for XML character data and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
