package io.switchboard.lambdas.vanity.engine;

import java.util.List;

/**
 * Builds the complete SSML prompt a Connect flow plays (its {@code SSML} parameter, not {@code Text}):
 * the top three candidates, each spoken digits-by-digit and word-by-word.
 */
public final class VanityPrompt {
    /** How many candidates the prompt reads out. */
    public static final int SPOKEN_CANDIDATES = 3;

    private static final String BETWEEN = "<break time=\"500ms\"/>";
    private static final String[] LEAD_INS = {"Your vanity numbers are: ", "Next, ", "Finally, "};

    private VanityPrompt() {
    }

    /** A {@code <speak>} document for the result: its top three candidates, or why there are none. */
    public static String forResult(VanityResult result) {
        if (result.status() == VanityStatus.OK && !result.candidates().isEmpty()) {
            return forCandidates(result.candidates());
        }
        String sentence = result.status() == VanityStatus.INVALID_NUMBER
                ? "We could not read your phone number, so we have no vanity numbers for you."
                : "We could not find a vanity number for your phone number.";
        return "<speak>" + escape(sentence) + "</speak>";
    }

    /** A {@code <speak>} document reading the first three candidates ("Your vanity numbers are … Next … Finally …"). */
    public static String forCandidates(List<VanityCandidate> candidates) {
        int spoken = Math.min(SPOKEN_CANDIDATES, candidates.size());
        if (spoken == 0) {
            return "<speak>" + escape("We could not find a vanity number for your phone number.") + "</speak>";
        }
        StringBuilder ssml = new StringBuilder("<speak>");
        if (spoken == 1) {
            ssml.append("Your vanity number is: ").append(candidates.get(0).ssml()).append('.');
        } else {
            for (int i = 0; i < spoken; i++) {
                String leadIn = i == spoken - 1 ? LEAD_INS[2] : LEAD_INS[Math.min(i, 1)];
                if (i > 0) {
                    ssml.append(BETWEEN);
                }
                ssml.append(leadIn).append(candidates.get(i).ssml()).append('.');
            }
        }
        return ssml.append("</speak>").toString();
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
