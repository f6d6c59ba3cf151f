package io.switchboard.desktop.replay.cases;

import io.switchboard.desktop.connect.ResponseMaps;
import io.switchboard.desktop.replay.cases.TestCase.InvokeCase;
import io.switchboard.flows.testing.ActionResult;
import io.switchboard.flows.testing.ObservationResult;
import io.switchboard.flows.testing.TestResult;
import io.switchboard.flows.testing.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Judges what came back against a case's expectations; each failure is a sentence a tester can act on. */
public final class CaseCheck {
    private CaseCheck() {
    }

    /**
     * @param functionError {@code Unhandled}/{@code Handled} when the function threw, else {@code null}
     * @return what did not match; empty when the case passed
     */
    public static List<String> invoke(InvokeCase expected, String payload, String functionError, long millis) {
        List<String> failures = new ArrayList<>();
        if (functionError != null) {
            failures.add("the function failed (" + functionError + "): " + shorten(payload));
            return failures;
        }
        if (expected.maxMillis() != null && millis > expected.maxMillis()) {
            failures.add("took " + millis + " ms, over the " + expected.maxMillis() + " ms allowed");
        }
        if (expected.expect().isEmpty()) {
            return failures;
        }
        Map<String, String> response;
        try {
            response = ResponseMaps.parse(payload);
        } catch (IllegalArgumentException notAMap) {
            failures.add("the response is not a flat map: " + notAMap.getMessage());
            return failures;
        }
        expected.expect().forEach((key, value) -> {
            if (!response.containsKey(key)) {
                failures.add("expected " + key + "=" + value + ", but the response has no " + key);
            } else if (!value.equals(response.get(key))) {
                failures.add("expected " + key + "=" + value + ", got " + key + "=" + response.get(key));
            }
        });
        return failures;
    }

    /**
     * A Play case's document run, one line per observation: its verdict, and for one that did not pass
     * what was expected and what the call did instead (failed actions included).
     */
    public static List<String> observations(TestResult result) {
        List<String> lines = new ArrayList<>();
        result.problems().forEach(problem -> lines.add("INVALID " + problem));
        for (ObservationResult observation : result.observations()) {
            StringBuilder line = new StringBuilder(label(observation.verdict())).append(' ').append(observation.identifier())
                    .append(": ").append(observation.event());
            if (observation.verdict() != Verdict.PASSED) {
                if (!observation.expected().isEmpty()) {
                    line.append(" \u2014 expected ").append(observation.expected());
                }
                if (!observation.seen().isEmpty()) {
                    line.append(" \u2014 seen ").append(observation.seen());
                }
                for (ActionResult action : observation.actions()) {
                    if (action.verdict() != Verdict.PASSED) {
                        line.append(" \u2014 ").append(label(action.verdict())).append(' ').append(action.description())
                                .append(action.expected().isEmpty() ? "" : ", expected " + action.expected())
                                .append(action.seen().isEmpty() ? "" : ", seen " + action.seen());
                    }
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The lines of {@link #observations} that did not pass: why the case failed. */
    public static List<String> failures(TestResult result) {
        return observations(result).stream().filter(line -> !line.startsWith(label(Verdict.PASSED))).toList();
    }

    private static String label(Verdict verdict) {
        return switch (verdict) {
            case PASSED -> "PASSED";
            case FAILED -> "FAILED";
            case NOT_REPRODUCIBLE_OFFLINE -> "NOT REPRODUCIBLE";
        };
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
