package io.switchboard.flows.testing;

import java.util.List;
import java.util.Locale;

/**
 * Test results as JUnit XML (the Ant/Surefire {@code testsuites} shape CI servers read): one
 * {@code testsuite} per document, one {@code testcase} per observation. A FAILED observation is a
 * {@code failure} with expected vs seen; a NOT_REPRODUCIBLE_OFFLINE one is a {@code failure} of type
 * {@code NotReproducibleOffline}, so CI counts what the exit status counts; an unreadable document is
 * one {@code error}.
 */
public final class JUnitReport {

    private JUnitReport() {
    }

    public static String xml(List<TestResult> results) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int tests = results.stream().mapToInt(r -> Math.max(1, r.observations().size())).sum();
        long failures = results.stream().mapToLong(r -> r.observations().stream().filter(o -> o.verdict() != Verdict.PASSED).count()).sum();
        long errors = results.stream().filter(r -> !r.problems().isEmpty()).count();
        out.append("<testsuites name=\"switchboard test\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\" errors=\"").append(errors).append("\">\n");
        for (TestResult result : results) {
            suite(result, out);
        }
        return out.append("</testsuites>\n").toString();
    }

    private static void suite(TestResult result, StringBuilder out) {
        double seconds = result.call() == null ? 0 : result.call().totalDuration().toMillis() / 1000.0;
        out.append("  <testsuite name=\"").append(escape(result.name())).append("\" tests=\"")
                .append(Math.max(1, result.observations().size())).append("\" failures=\"")
                .append(result.observations().stream().filter(o -> o.verdict() != Verdict.PASSED).count())
                .append("\" errors=\"").append(result.problems().isEmpty() ? 0 : 1).append("\" time=\"")
                .append(String.format(Locale.ROOT, "%.3f", seconds)).append("\">\n");
        if (!result.problems().isEmpty()) {
            out.append("    <testcase classname=\"").append(escape(result.name())).append("\" name=\"document\">\n")
                    .append("      <error type=\"InvalidTestDocument\" message=\"").append(escape(result.problems().get(0)))
                    .append("\">").append(escape(String.join("\n", result.problems()))).append("</error>\n    </testcase>\n");
        }
        for (ObservationResult observation : result.observations()) {
            out.append("    <testcase classname=\"").append(escape(result.name())).append("\" name=\"")
                    .append(escape(observation.identifier())).append("\"");
            if (observation.verdict() == Verdict.PASSED) {
                out.append("/>\n");
                continue;
            }
            String type = observation.verdict() == Verdict.FAILED ? "Failed" : "NotReproducibleOffline";
            String message = message(observation);
            out.append(">\n      <failure type=\"").append(type).append("\" message=\"").append(escape(message)).append("\">")
                    .append(escape(details(observation))).append("</failure>\n    </testcase>\n");
        }
        if (result.call() != null) {
            out.append("    <system-out>").append(escape(io.switchboard.flows.simulator.TranscriptRenderer.render(result.call())))
                    .append("</system-out>\n");
        }
        out.append("  </testsuite>\n");
    }

    private static String message(ObservationResult observation) {
        if (!observation.expected().isEmpty() || !observation.seen().isEmpty()) {
            return "expected " + observation.expected() + "; " + observation.seen();
        }
        return observation.actions().stream().filter(a -> a.verdict() != Verdict.PASSED).findFirst()
                .map(a -> a.description() + (a.expected().isEmpty() ? "" : ": expected " + a.expected()) + "; " + a.seen())
                .orElse(observation.verdict().name());
    }

    private static String details(ObservationResult observation) {
        StringBuilder text = new StringBuilder(observation.event()).append('\n');
        if (!observation.expected().isEmpty()) {
            text.append("expected: ").append(observation.expected()).append('\n');
        }
        if (!observation.seen().isEmpty()) {
            text.append("seen: ").append(observation.seen()).append('\n');
        }
        for (ActionResult action : observation.actions()) {
            text.append(action.verdict()).append(' ').append(action.description());
            if (!action.expected().isEmpty()) {
                text.append(" (expected ").append(action.expected()).append(")");
            }
            if (!action.seen().isEmpty()) {
                text.append(": ").append(action.seen());
            }
            text.append('\n');
        }
        return text.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
