package io.switchboard.flows.simulator;

import io.switchboard.flows.ssml.Ssml;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a listener hears for a prompt, and roughly how long it takes: ~150 words a minute, each
 * spelled-out character counted as a word, SSML breaks as written. Pauses appear as {@code [pause 2s]}.
 */
public record SpokenPrompt(String heard, Duration duration) {

    static final double SECONDS_PER_WORD = 60.0 / 150.0;
    private static final Pattern BREAK_TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s)");

    public static SpokenPrompt fromText(String text) {
        String heard = text.trim().replaceAll("\\s+", " ");
        return new SpokenPrompt(heard, seconds(words(heard) * SECONDS_PER_WORD));
    }

    /** @throws io.switchboard.flows.ssml.InvalidSsmlException when Connect could not speak it */
    public static SpokenPrompt fromSsml(String ssml) {
        Listener listener = new Listener();
        listener.walk(Ssml.parse(ssml).getDocumentElement());
        String heard = listener.heard.toString().trim().replaceAll("\\s+", " ");
        double speech = words(heard.replaceAll("\\[pause [^]]*]", " ")) * SECONDS_PER_WORD;
        return new SpokenPrompt(heard, seconds(speech + listener.pauseSeconds));
    }

    /** True when the prompt is only pauses: deliberate silence. */
    public boolean isSilence() {
        return heard.replaceAll("\\[pause [^]]*]", "").isBlank();
    }

    private static int words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** Walks the SSML tree the way Polly reads it. */
    private static final class Listener {
        final StringBuilder heard = new StringBuilder();
        double pauseSeconds;

        void walk(Node node) {
            switch (node.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> heard.append(node.getNodeValue());
                case Node.ELEMENT_NODE -> element((Element) node);
                default -> { }
            }
        }

        private void element(Element e) {
            switch (e.getTagName()) {
                case "break" -> pause(breakSeconds(e));
                case "say-as" -> sayAs(e);
                case "sub" -> heard.append(' ').append(e.getAttribute("alias")).append(' ');
                case "p" -> {
                    children(e);
                    pause(0.75);
                }
                case "s" -> {
                    children(e);
                    heard.append(' ');
                }
                default -> children(e);
            }
        }

        private void children(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                walk(child);
            }
        }

        private void sayAs(Element e) {
            String how = e.getAttribute("interpret-as").toLowerCase(Locale.ROOT);
            String text = e.getTextContent();
            if (how.equals("characters") || how.equals("spell-out") || how.equals("digits") || how.equals("telephone")) {
                StringBuilder spelled = new StringBuilder(" ");
                for (char c : text.toCharArray()) {
                    if (Character.isLetterOrDigit(c)) {
                        spelled.append(c).append(' ');
                    }
                }
                heard.append(spelled);
            } else {
                heard.append(' ').append(text).append(' ');
            }
        }

        private void pause(double seconds) {
            if (seconds <= 0) {
                return;
            }
            pauseSeconds += seconds;
            heard.append(" [pause ").append(format(seconds)).append("] ");
        }

        private static double breakSeconds(Element e) {
            Matcher m = BREAK_TIME.matcher(e.getAttribute("time").trim());
            if (m.matches()) {
                double value = Double.parseDouble(m.group(1));
                return Math.min(10, m.group(2).equals("ms") ? value / 1000 : value); // Connect caps a break at 10 s
            }
            return switch (e.getAttribute("strength")) {
                case "none" -> 0;
                case "x-weak" -> 0.1;
                case "weak" -> 0.25;
                case "strong" -> 1.0;
                case "x-strong" -> 1.5;
                default -> 0.5;
            };
        }

        private static String format(double seconds) {
            return seconds == Math.rint(seconds) ? (long) seconds + "s" : String.format(Locale.ROOT, "%.2fs", seconds).replaceAll("0+s$", "s");
        }
    }
}
